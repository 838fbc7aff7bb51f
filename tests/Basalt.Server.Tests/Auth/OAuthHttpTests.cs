using System.Net;
using System.Text.Json;
using Basalt.TestIssuer;

namespace Basalt.Server.Tests.Auth;

/// <summary>
/// Sign-in through an OpenID Connect provider (the test issuer on loopback) with ASP.NET Core's OIDC handler: PKCE and
/// implicit flows, identities, linking by verified address, and every way the flow can be refused.
/// </summary>
public sealed class OAuthHttpTests : IAsyncLifetime
{
    private TestIssuerServer issuer = null!;
    private AuthServer auth = null!;

    public async Task InitializeAsync()
    {
        issuer = await TestIssuerServer.StartAsync();
        auth = await AuthServer.StartAsync(providers: [OAuthFlow.Settings(issuer)]);
    }

    public async Task DisposeAsync()
    {
        await auth.DisposeAsync();
        await issuer.DisposeAsync();
    }

    [Fact]
    public async Task A_pkce_sign_in_makes_a_user_with_an_identity_and_a_second_one_finds_it()
    {
        var first = await PkceSignInAsync();
        var user = first.GetProperty("user");
        Assert.Equal("oidc.user@example.com", user.GetProperty("email").GetString());
        Assert.True(user.TryGetProperty("email_confirmed_at", out _));
        Assert.Equal("testidp", user.GetProperty("app_metadata").GetProperty("provider").GetString());
        var identity = Assert.Single(user.GetProperty("identities").EnumerateArray());
        Assert.Equal(("testidp", "idp-user-1"), (identity.GetProperty("provider").GetString(), identity.GetProperty("id").GetString()));
        Assert.Equal("Oidc User", identity.GetProperty("identity_data").GetProperty("name").GetString());
        Assert.Equal("Oidc User", user.GetProperty("user_metadata").GetProperty("full_name").GetString());
        Assert.False(identity.GetProperty("identity_data").TryGetProperty("nonce", out _));

        var second = await PkceSignInAsync();

        Assert.Equal(user.GetProperty("id").GetString(), second.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(1, await auth.CountAsync("users"));
        Assert.Equal(1, await auth.CountAsync("identities"));
        var (me, current) = await auth.SendAsync(auth.Request(HttpMethod.Get, "/user", bearer: second.GetProperty("access_token").GetString()));
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("testidp", Assert.Single(current.GetProperty("identities").EnumerateArray()).GetProperty("provider").GetString());
    }

    [Fact]
    public async Task A_verified_address_joins_the_password_account_and_an_unverified_one_is_refused()
    {
        var password = await auth.SignedInAsync("oidc.user@example.com");
        var joined = await PkceSignInAsync();
        Assert.Equal(password.GetProperty("user").GetProperty("id").GetString(), joined.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(["email", "testidp"], joined.GetProperty("user").GetProperty("identities").EnumerateArray().Select(i => i.GetProperty("provider").GetString()));
        // The password still works: the account was confirmed before the provider came.
        var (signIn, _) = await auth.PostAsync("/token?grant_type=password", new { email = "oidc.user@example.com", password = "correct horse" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        await auth.SignedInAsync("taken@example.com");
        issuer.NextUser = new TestUser("idp-user-2", "taken@example.com", EmailVerified: false, "Someone");
        using var flow = new OAuthFlow();
        var (_, challenge) = OAuthFlow.NewPkce();
        var back = await flow.RunAsync(Authorize(challenge));

        Assert.Equal("email_exists", OAuthFlow.Parameter(back, "error_code"));
        Assert.Equal(2, await auth.CountAsync("users"));
        Assert.Equal(1, await auth.CountAsync("identities"));
    }

    [Fact]
    public async Task Without_a_challenge_the_session_comes_back_in_the_fragment()
    {
        using var flow = new OAuthFlow();
        var back = await flow.RunAsync(new Uri(auth.Server.Server.BoundUrl, $"/auth/v1/authorize?provider=testidp&redirect_to={Uri.EscapeDataString(OAuthFlow.AppUrl)}"));

        Assert.Null(OAuthFlow.Parameter(back, "code"));
        var accessToken = OAuthFlow.Parameter(back, "access_token", fragment: true);
        Assert.Equal("bearer", OAuthFlow.Parameter(back, "token_type", fragment: true));
        Assert.NotNull(OAuthFlow.Parameter(back, "refresh_token", fragment: true));
        Assert.NotNull(OAuthFlow.Parameter(back, "provider_token", fragment: true));
        var (me, user) = await auth.SendAsync(auth.Request(HttpMethod.Get, "/user", bearer: accessToken));
        Assert.Equal((HttpStatusCode.OK, "oidc.user@example.com"), (me.StatusCode, user.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task A_code_is_spent_by_its_first_exchange_and_needs_the_right_verifier()
    {
        var (verifier, challenge) = OAuthFlow.NewPkce();
        using var flow = new OAuthFlow();
        var code = OAuthFlow.Parameter(await flow.RunAsync(Authorize(challenge)), "code")!;
        var (other, _) = OAuthFlow.NewPkce();

        var (wrong, wrongError) = await auth.PostAsync("/token?grant_type=pkce", new { auth_code = code, code_verifier = other });
        var (again, againError) = await auth.PostAsync("/token?grant_type=pkce", new { auth_code = code, code_verifier = verifier });

        Assert.Equal((HttpStatusCode.BadRequest, "bad_code_verifier"), (wrong.StatusCode, wrongError.GetProperty("code").GetString()));
        Assert.Equal((HttpStatusCode.NotFound, "flow_state_not_found"), (again.StatusCode, againError.GetProperty("code").GetString()));
        Assert.Equal(0, await auth.CountAsync("sessions"));
    }

    [Theory]
    [InlineData("""{"auth_code": "x"}""", 400, "validation_failed")]
    [InlineData("""{"code_verifier": "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq"}""", 400, "validation_failed")]
    [InlineData("""{"auth_code": "nope", "code_verifier": "short"}""", 400, "validation_failed")]
    [InlineData("""{"auth_code": "' OR 1=1 --", "code_verifier": "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq"}""", 404, "flow_state_not_found")]
    [InlineData("""{"auth_code": 5, "code_verifier": "x"}""", 400, "bad_json")]
    [InlineData("""{"auth_code": """, 400, "bad_json")]
    public async Task Bad_pkce_exchanges_get_their_error_and_start_no_session(string body, int status, string code)
    {
        var (response, error) = await auth.PostAsync("/token?grant_type=pkce", body);

        Assert.Equal((status, code), ((int)response.StatusCode, error.GetProperty("code").GetString()));
        Assert.Equal(0, await auth.CountAsync("sessions"));
    }

    [Theory]
    [InlineData("provider=nobody", "validation_failed")]
    [InlineData("provider=", "validation_failed")]
    [InlineData("provider=testidp&code_challenge=short", "validation_failed")]
    [InlineData("provider=testidp&code_challenge=abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq&code_challenge_method=md5", "validation_failed")]
    public async Task Authorize_refuses_an_unknown_provider_and_a_bad_challenge(string query, string code)
    {
        using var response = await auth.Server.Client.GetAsync("/auth/v1/authorize?" + query);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        // A browser navigation sends no API version: GoTrue's first error form.
        Assert.Equal((HttpStatusCode.BadRequest, code), (response.StatusCode, error.GetProperty("error_code").GetString()));
    }

    [Fact]
    public async Task A_denied_sign_in_a_forged_state_and_a_foreign_redirect_end_at_the_app_with_an_error()
    {
        issuer.NextUser = TestUser.Default with { Deny = true };
        using var flow = new OAuthFlow();
        var (_, challenge) = OAuthFlow.NewPkce();
        var denied = await flow.RunAsync(Authorize(challenge));
        Assert.Equal(("access_denied", "provider_error"), (OAuthFlow.Parameter(denied, "error"), OAuthFlow.Parameter(denied, "error_code")));
        Assert.StartsWith(OAuthFlow.AppUrl, denied.ToString(), StringComparison.Ordinal);

        using var forged = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
            .GetAsync(new Uri(auth.Server.Server.BoundUrl, "/auth/v1/callback/testidp?code=abc&state=forged"));
        Assert.Equal(HttpStatusCode.Found, forged.StatusCode);
        Assert.Equal("bad_oauth_state", OAuthFlow.Parameter(forged.Headers.Location!, "error_code"));
        Assert.StartsWith("http://app.test", forged.Headers.Location!.ToString(), StringComparison.Ordinal);

        issuer.NextUser = TestUser.Default;
        using var elsewhere = new OAuthFlow();
        var back = await elsewhere.RunAsync(new Uri(auth.Server.Server.BoundUrl,
            $"/auth/v1/authorize?provider=testidp&redirect_to={Uri.EscapeDataString("https://evil.example/steal")}&code_challenge={challenge}"));
        Assert.Equal("http://app.test", back.GetLeftPart(UriPartial.Authority));
        Assert.Equal(0, await auth.CountAsync("sessions"));
    }

    [Fact]
    public async Task A_code_the_provider_will_not_exchange_ends_at_the_app_as_bad_oauth_callback()
    {
        await using var misconfigured = await AuthServer.StartAsync(providers: [OAuthFlow.Settings(issuer) with { ClientSecret = "not-the-secret" }]);
        issuer.NextUser = TestUser.Default;
        using var flow = new OAuthFlow();
        var (_, challenge) = OAuthFlow.NewPkce();
        var back = await flow.RunAsync(new Uri(misconfigured.Server.Server.BoundUrl,
            $"/auth/v1/authorize?provider=testidp&redirect_to={Uri.EscapeDataString(OAuthFlow.AppUrl)}&code_challenge={challenge}&code_challenge_method=s256"));

        Assert.Equal(("server_error", "bad_oauth_callback"), (OAuthFlow.Parameter(back, "error"), OAuthFlow.Parameter(back, "error_code")));
        Assert.Equal(0, await misconfigured.CountAsync("users"));
    }

    private Uri Authorize(string challenge) => new(auth.Server.Server.BoundUrl,
        $"/auth/v1/authorize?provider=testidp&redirect_to={Uri.EscapeDataString(OAuthFlow.AppUrl)}&code_challenge={challenge}&code_challenge_method=s256");

    private async Task<JsonElement> PkceSignInAsync()
    {
        var (verifier, challenge) = OAuthFlow.NewPkce();
        using var flow = new OAuthFlow();
        var back = await flow.RunAsync(Authorize(challenge));
        var code = OAuthFlow.Parameter(back, "code");
        Assert.True(code is not null, back.ToString());
        var (exchanged, session) = await auth.PostAsync("/token?grant_type=pkce", new { auth_code = code, code_verifier = verifier });
        Assert.Equal(HttpStatusCode.OK, exchanged.StatusCode);
        // The provider's access token (GitHub's API key for the app, say) comes along, as from GoTrue.
        Assert.False(string.IsNullOrEmpty(session.GetProperty("provider_token").GetString()));
        return session;
    }
}
