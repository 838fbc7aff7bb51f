using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Server.Tests.Auth;

/// <summary>The mail flows of a PKCE client over HTTP: <c>code_challenge</c> in the body, <c>?code=</c> on the link's redirect.</summary>
public sealed class MailPkceHttpTests
{
    private const string Verifier = "http-verifier-of-the-browser-that-asked-0123456789-abcdefgh";

    private static readonly string Challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));

    [Fact]
    public async Task A_pkce_sign_up_link_redirects_with_a_code_that_grant_type_pkce_exchanges()
    {
        await using var auth = await AuthServer.StartAsync();
        var (signUp, _) = await auth.PostAsync("/signup", new { email = "pkce-http@example.com", password = "correct horse", code_challenge = Challenge, code_challenge_method = "s256" });
        Assert.Equal(HttpStatusCode.OK, signUp.StatusCode);
        var token = await auth.ConfirmationTokenAsync("pkce-http@example.com");
        Assert.StartsWith("pkce_", token, StringComparison.Ordinal);

        var link = await auth.Links.GetAsync($"/auth/v1/verify?token={Uri.EscapeDataString(token)}&type=signup&redirect_to=http%3A%2F%2Fapp.test%2Fauth%2Fcallback%3Fnext%3D%2F");
        Assert.Equal(HttpStatusCode.SeeOther, link.StatusCode);
        var location = link.Headers.Location!;
        Assert.Equal("/auth/callback", location.AbsolutePath);
        Assert.DoesNotContain("access_token", location.ToString(), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("/", query["next"]);

        var (exchange, session) = await auth.PostAsync("/token?grant_type=pkce", new { auth_code = query["code"], code_verifier = Verifier });
        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
        Assert.Equal("pkce-http@example.com", session.GetProperty("user").GetProperty("email").GetString());

        // The link is spent: its error goes in the query, where a PKCE client looks.
        var again = await auth.Links.GetAsync($"/auth/v1/verify?token={Uri.EscapeDataString(token)}&type=signup");
        Assert.Contains("?error=access_denied&error_code=otp_expired", again.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/signup", "{\"email\": \"c@example.com\", \"password\": \"correct horse\", \"code_challenge\": \"short\", \"code_challenge_method\": \"s256\"}")]
    [InlineData("/signup", "{\"email\": \"c@example.com\", \"password\": \"correct horse\", \"code_challenge_method\": \"s256\"}")]
    [InlineData("/otp", "{\"email\": \"c@example.com\", \"code_challenge\": \"' OR 1=1 -- and then some padding to be long enough\", \"code_challenge_method\": \"plain\"}")]
    [InlineData("/recover", "{\"email\": \"c@example.com\", \"code_challenge\": \"a-challenge-that-is-long-enough-0123456789-abcdefgh\", \"code_challenge_method\": \"S512\"}")]
    public async Task A_malformed_challenge_is_400_and_nothing_is_written(string path, string body)
    {
        await using var auth = await AuthServer.StartAsync();
        var (response, error) = await auth.PostAsync(path, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation_failed", error.GetProperty("code").GetString());
        Assert.Equal(0, await auth.CountAsync("users"));
        Assert.Equal(0, await auth.CountAsync("flow_state"));
        Assert.Equal(0, await auth.CountAsync("mail_outbox"));
    }
}
