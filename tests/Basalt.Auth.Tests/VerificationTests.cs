using Basalt.Auth.Accounts;
using Basalt.Auth.Tests.Support;

namespace Basalt.Auth.Tests;

public sealed class VerificationTests
{
    private static readonly AuthClient Client = AuthHarness.Client;

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task The_link_token_confirms_once_and_starts_a_session(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.Service.SignUp.SignUpAsync(new SignUpRequest("link@example.com", "correct horse", null), Client, default);
        var (token, _) = auth.LastConfirmation("link@example.com");

        var verified = await auth.Service.Verification.VerifyTokenAsync("signup", token, Client, default);
        Assert.True(verified.IsSuccess, verified.Error?.ToString());
        Assert.NotNull(verified.Value.User.EmailConfirmedAt);
        Assert.Equal(1, await auth.CountAsync("users", "email_confirmed_at IS NOT NULL"));
        Assert.Equal(0, await auth.CountAsync("one_time_tokens"));
        Assert.Equal(1, await auth.CountAsync("sessions"));

        var again = await auth.Service.Verification.VerifyTokenAsync("signup", token, Client, default);
        Assert.Equal((403, "otp_expired"), (again.Error!.Status, again.Error.Code));
        Assert.Equal(1, await auth.CountAsync("sessions"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task The_code_confirms_with_the_email_and_a_wrong_code_changes_nothing(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.Service.SignUp.SignUpAsync(new SignUpRequest("code@example.com", "correct horse", null), Client, default);
        var (_, code) = auth.LastConfirmation("code@example.com");
        var wrong = code == "000000" ? "000001" : "000000";

        var refused = await auth.Service.Verification.VerifyCodeAsync("email", "code@example.com", wrong, Client, default);
        Assert.Equal((403, "otp_expired"), (refused.Error!.Status, refused.Error.Code));
        Assert.Equal(0, await auth.CountAsync("users", "email_confirmed_at IS NOT NULL"));

        var verified = await auth.Service.Verification.VerifyCodeAsync("signup", "CODE@example.com", code, Client, default);
        Assert.True(verified.IsSuccess, verified.Error?.ToString());
        Assert.Equal("otp", Jwt.Payload(verified.Value.AccessToken.Token).GetProperty("amr")[0].GetProperty("method").GetString());
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task An_expired_token_is_refused(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.Service.SignUp.SignUpAsync(new SignUpRequest("old@example.com", "correct horse", null), Client, default);
        var (token, _) = auth.LastConfirmation("old@example.com");
        auth.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));

        var result = await auth.Service.Verification.VerifyTokenAsync("signup", token, Client, default);
        Assert.Equal("otp_expired", result.Error!.Code);
        Assert.Equal(0, await auth.CountAsync("users", "email_confirmed_at IS NOT NULL"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Unknown_types_and_tokens_are_refused(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.Service.SignUp.SignUpAsync(new SignUpRequest("t@example.com", "correct horse", null), Client, default);
        var (token, _) = auth.LastConfirmation("t@example.com");

        Assert.Equal((400, "validation_failed"), Code(await auth.Service.Verification.VerifyTokenAsync("bogus", token, Client, default)));
        Assert.Equal((403, "otp_expired"), Code(await auth.Service.Verification.VerifyTokenAsync("recovery", token, Client, default)));
        Assert.Equal((403, "otp_expired"), Code(await auth.Service.Verification.VerifyTokenAsync("signup", token + "x", Client, default)));
        Assert.Equal((403, "otp_expired"), Code(await auth.Service.Verification.VerifyCodeAsync("email", "nobody@example.com", "123456", Client, default)));
        Assert.Equal(0, await auth.CountAsync("users", "email_confirmed_at IS NOT NULL"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Guessing_codes_for_one_address_hits_the_per_account_limit(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.Service.SignUp.SignUpAsync(new SignUpRequest("guess@example.com", "correct horse", null), Client, default);
        var (_, code) = auth.LastConfirmation("guess@example.com");
        for (var i = 0; i < 10; i++)
        {
            var guess = ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1 + i) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal("otp_expired", (await auth.Service.Verification.VerifyCodeAsync("email", "guess@example.com", guess, Client, default)).Error!.Code);
        }
        var limited = await auth.Service.Verification.VerifyCodeAsync("email", "guess@example.com", code, Client, default);
        Assert.Equal((429, "over_request_rate_limit"), Code(limited));
        Assert.NotNull(limited.Error!.RetryAfter);
        Assert.Equal(0, await auth.CountAsync("users", "email_confirmed_at IS NOT NULL"));
    }

    private static (int, string) Code<T>(Basalt.Auth.Errors.AuthResult<T> result) => (result.Error!.Status, result.Error.Code);
}
