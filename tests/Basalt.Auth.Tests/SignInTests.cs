using Basalt.Auth.Accounts;
using Basalt.Auth.Tests.Support;
using Basalt.Auth.Tokens;

namespace Basalt.Auth.Tests;

public sealed class SignInTests
{
    private static readonly AuthClient Client = AuthHarness.Client;

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task The_right_password_signs_in_with_Supabase_claims_that_the_validator_accepts(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var first = await auth.SignedInAsync("claims@example.com");

        var result = await auth.Service.Passwords.SignInAsync("Claims@Example.com", "correct horse", Client, default);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        var session = result.Value;
        Assert.NotEqual(first.SessionId, session.SessionId);
        Assert.Equal(2, await auth.CountAsync("sessions"));

        var check = new AccessTokenValidator(auth.Service.Options.Settings.Jwt, auth.Time).Validate(session.AccessToken.Token);
        Assert.True(check.IsValid, check.Error?.Message);
        Assert.Equal("authenticated", check.Claims.Role);
        Assert.Equal(session.User.Id.ToString("D"), check.Claims.Subject);

        var claims = Jwt.Payload(session.AccessToken.Token);
        Assert.Equal(
            ["iss", "sub", "aud", "exp", "iat", "email", "phone", "app_metadata", "user_metadata", "role", "aal", "amr", "session_id", "is_anonymous"],
            claims.EnumerateObject().Select(p => p.Name));
        Assert.Equal("http://auth.test/auth/v1", claims.GetProperty("iss").GetString());
        Assert.Equal("authenticated", claims.GetProperty("aud").GetString());
        Assert.Equal("claims@example.com", claims.GetProperty("email").GetString());
        Assert.Equal("email", claims.GetProperty("app_metadata").GetProperty("provider").GetString());
        Assert.Equal("email", claims.GetProperty("app_metadata").GetProperty("providers")[0].GetString());
        Assert.Equal("aal1", claims.GetProperty("aal").GetString());
        Assert.Equal("password", claims.GetProperty("amr")[0].GetProperty("method").GetString());
        Assert.Equal(session.SessionId.ToString("D"), claims.GetProperty("session_id").GetString());
        Assert.False(claims.GetProperty("is_anonymous").GetBoolean());
        Assert.Equal(3600, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());
        Assert.Equal("HS256", Jwt.Header(session.AccessToken.Token).GetProperty("alg").GetString());
        Assert.Equal(3600, session.AccessToken.ExpiresIn);
        Assert.NotNull(session.User.LastSignInAt);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_answer(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("known@example.com");
        var sessionsBefore = await auth.CountAsync("sessions");

        var wrong = await auth.Service.Passwords.SignInAsync("known@example.com", "wrong horse", Client, default);
        var unknown = await auth.Service.Passwords.SignInAsync("unknown@example.com", "correct horse", Client, default);

        Assert.Equal((400, "invalid_credentials", "Invalid login credentials"), (wrong.Error!.Status, wrong.Error.Code, wrong.Error.Message));
        Assert.Equal(wrong.Error, unknown.Error);
        Assert.Equal(sessionsBefore, await auth.CountAsync("sessions"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task An_unconfirmed_address_with_the_right_password_is_email_not_confirmed(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.Service.SignUp.SignUpAsync(new SignUpRequest("wait@example.com", "correct horse", null), Client, default);
        var result = await auth.Service.Passwords.SignInAsync("wait@example.com", "correct horse", Client, default);
        Assert.Equal((400, "email_not_confirmed"), (result.Error!.Status, result.Error.Code));
        Assert.Equal(0, await auth.CountAsync("sessions"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Too_many_attempts_on_one_account_are_refused_with_retry_after(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("target@example.com");
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("invalid_credentials", (await auth.Service.Passwords.SignInAsync("target@example.com", "guess " + i, Client, default)).Error!.Code);
        }
        var limited = await auth.Service.Passwords.SignInAsync("target@example.com", "correct horse", Client, default);
        Assert.Equal((429, "over_request_rate_limit"), (limited.Error!.Status, limited.Error.Code));
        Assert.InRange(limited.Error.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));

        auth.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await auth.Service.Passwords.SignInAsync("target@example.com", "correct horse", Client, default)).IsSuccess);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task SQL_in_every_field_is_only_data(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine, AuthHarness.Settings(confirm: false));
        const string Sql = "x'); DROP TABLE auth_users; DELETE FROM auth.users; --";
        var badEmail = await auth.Service.SignUp.SignUpAsync(new SignUpRequest(Sql + "@example.com", "correct horse", null), Client, default);
        Assert.Equal("validation_failed", badEmail.Error!.Code);

        var data = new System.Text.Json.Nodes.JsonObject { [Sql] = Sql };
        var signUp = await auth.Service.SignUp.SignUpAsync(new SignUpRequest("o'brien@example.com", Sql, data), Client, default);
        Assert.True(signUp.IsSuccess, signUp.Error?.ToString());
        Assert.Equal(Sql, signUp.Value.User.UserMetadata[Sql]!.GetValue<string>());
        Assert.True((await auth.Service.Passwords.SignInAsync("o'brien@example.com", Sql, Client, default)).IsSuccess);
        Assert.Equal("invalid_credentials", (await auth.Service.Passwords.SignInAsync("o'brien@example.com' --", Sql, Client, default)).Error!.Code);
        Assert.Equal("refresh_token_not_found", (await auth.Service.Refresh.RefreshAsync(Sql, Client, default)).Error!.Code);
        Assert.Equal("otp_expired", (await auth.Service.Verification.VerifyTokenAsync("signup", Sql, Client, default)).Error!.Code);
        Assert.Equal(1, await auth.CountAsync("users"));
    }
}
