using System.Net;
using System.Text.Json;

namespace Basalt.Server.Tests.Auth;

/// <summary>/recover, /otp, /verify for recovery and magic links, and /reauthenticate over HTTP.</summary>
public sealed class AuthMailFlowHttpTests
{
    [Fact]
    public async Task Recovery_by_link_then_a_new_password_signs_in()
    {
        await using var auth = await AuthServer.StartAsync();
        await auth.SignedInAsync("reset@example.com");

        var (recover, body) = await auth.PostAsync("/recover?redirect_to=http%3A%2F%2Fapp.test%2Freset", new { email = "reset@example.com" });
        Assert.Equal(HttpStatusCode.OK, recover.StatusCode);
        Assert.Equal(JsonValueKind.Object, body.ValueKind);
        Assert.Empty(body.EnumerateObject());

        var token = await auth.ConfirmationTokenAsync("reset@example.com");
        var link = await auth.Links.GetAsync($"/auth/v1/verify?token={Uri.EscapeDataString(token)}&type=recovery&redirect_to=http%3A%2F%2Fapp.test%2Freset");
        Assert.Equal(HttpStatusCode.SeeOther, link.StatusCode);
        var location = link.Headers.Location!.ToString();
        Assert.StartsWith("http://app.test/reset#access_token=", location, StringComparison.Ordinal);
        Assert.EndsWith("&type=recovery", location, StringComparison.Ordinal);
        var access = Uri.UnescapeDataString(location.Split("#access_token=")[1].Split('&')[0]);

        var (put, _) = await auth.SendAsync(auth.Request(HttpMethod.Put, "/user", new { password = "new secret pass" }, bearer: access));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var (signIn, _) = await auth.PostAsync("/token?grant_type=password", new { email = "reset@example.com", password = "new secret pass" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_empty_answer_and_no_mail()
    {
        await using var auth = await AuthServer.StartAsync();
        var mails = await auth.CountAsync("mail_outbox");

        var (recover, body) = await auth.PostAsync("/recover", new { email = "nobody@example.com" });
        Assert.Equal(HttpStatusCode.OK, recover.StatusCode);
        Assert.Empty(body.EnumerateObject());
        Assert.Equal(mails, await auth.CountAsync("mail_outbox"));
    }

    [Fact]
    public async Task Magic_link_by_token_hash_signs_in_once()
    {
        await using var auth = await AuthServer.StartAsync();
        await auth.SignedInAsync("link@example.com");

        var (otp, _) = await auth.PostAsync("/otp", new { email = "link@example.com", create_user = false });
        Assert.Equal(HttpStatusCode.OK, otp.StatusCode);
        var token = await auth.ConfirmationTokenAsync("link@example.com");

        var (verify, session) = await auth.PostAsync("/verify", new { type = "magiclink", token_hash = token });
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Equal("link@example.com", session.GetProperty("user").GetProperty("email").GetString());
        var (reused, error) = await auth.PostAsync("/verify", new { type = "magiclink", token_hash = token });
        Assert.Equal(HttpStatusCode.Forbidden, reused.StatusCode);
        Assert.Equal("otp_expired", error.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/otp", """{"email":"ghost@example.com","create_user":false}""", 422, "otp_disabled")]
    [InlineData("/otp", """{"email":"x@example.com","create_user":"yes"}""", 400, "bad_json")]
    [InlineData("/otp", """{}""", 400, "validation_failed")]
    [InlineData("/otp", """{"email":"not an address"}""", 400, "validation_failed")]
    [InlineData("/recover", """{"email":42}""", 400, "bad_json")]
    [InlineData("/recover", """[1]""", 400, "bad_json")]
    [InlineData("/recover", """{"email":""}""", 400, "validation_failed")]
    [InlineData("/recover", """{"email":"x@example.com""", 400, "bad_json")]
    public async Task Bad_bodies_get_the_documented_error_and_change_nothing(string path, string body, int status, string code)
    {
        await using var auth = await AuthServer.StartAsync();

        var (response, json) = await auth.SendAsync(auth.Request(HttpMethod.Post, path, body));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, json.GetProperty("code").GetString());
        Assert.Equal(code, response.Headers.GetValues("x-sb-error-code").Single());
        Assert.Equal(0, await auth.CountAsync("users"));
        Assert.Equal(0, await auth.CountAsync("mail_outbox"));
    }

    [Fact]
    public async Task Reauthenticate_needs_a_user_and_mails_a_nonce()
    {
        await using var auth = await AuthServer.StartAsync();
        var session = await auth.SignedInAsync("nonce@example.com");
        var mails = await auth.CountAsync("mail_outbox");

        var (anonymous, error) = await auth.SendAsync(auth.Request(HttpMethod.Get, "/reauthenticate"));
        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.Equal("bad_jwt", error.GetProperty("code").GetString());
        Assert.Equal(mails, await auth.CountAsync("mail_outbox"));

        var (sent, body) = await auth.SendAsync(auth.Request(HttpMethod.Get, "/reauthenticate", bearer: session.GetProperty("access_token").GetString()));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Empty(body.EnumerateObject());
        Assert.Equal(mails + 1, await auth.CountAsync("mail_outbox"));
    }
}
