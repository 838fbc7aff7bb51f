using Basalt.Auth.Accounts;
using Basalt.Auth.Mail;
using Basalt.Auth.Tests.Support;

namespace Basalt.Auth.Tests;

public sealed class RecoveryTests
{
    private static readonly AuthClient Client = AuthHarness.Client;

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_recovery_link_works_once_and_starts_a_session(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("lost@example.com");

        Assert.Null(await auth.Service.Recovery.RecoverAsync("Lost@Example.com", null, Client, default));
        Assert.Equal(MailTemplates.Recovery, auth.Mail.Sent.Last().Template);
        Assert.Equal(1, await auth.CountAsync("users", "recovery_sent_at IS NOT NULL"));
        var (token, _) = auth.LastConfirmation("lost@example.com");
        Assert.Contains("type=recovery", auth.Mail.Sent.Last().BodyText, StringComparison.Ordinal);

        var signup = await auth.Service.Verification.VerifyTokenAsync("signup", token, Client, default);
        Assert.Equal("otp_expired", signup.Error!.Code);
        var verified = await auth.Service.Verification.VerifyTokenAsync("recovery", token, Client, default);
        Assert.True(verified.IsSuccess, verified.Error?.ToString());
        Assert.Equal("lost@example.com", verified.Value.User.Email);

        var again = await auth.Service.Verification.VerifyTokenAsync("recovery", token, Client, default);
        Assert.Equal((403, "otp_expired"), (again.Error!.Status, again.Error.Code));
        Assert.Contains("user_recovery_requested", await auth.AuditActionsAsync());
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task An_unknown_address_gets_the_same_answer_and_nothing_is_written(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var audits = (await auth.AuditActionsAsync()).Count;

        Assert.Null(await auth.Service.Recovery.RecoverAsync("nobody@example.com", null, Client, default));
        Assert.Empty(auth.Mail.Sent);
        Assert.Equal(0, await auth.CountAsync("mail_outbox"));
        Assert.Equal(0, await auth.CountAsync("users"));
        Assert.Equal(audits, (await auth.AuditActionsAsync()).Count);

        // The per-address mail limit counts unknown addresses too: a 429 does not reveal an account either.
        var second = await auth.Service.Recovery.RecoverAsync("nobody@example.com", null, Client, default);
        Assert.Equal((429, "over_email_send_rate_limit"), (second!.Status, second.Code));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Bad_addresses_are_refused(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        Assert.Equal("validation_failed", (await auth.Service.Recovery.RecoverAsync(null, null, Client, default))!.Code);
        Assert.Equal("validation_failed", (await auth.Service.Recovery.RecoverAsync("not an address", null, Client, default))!.Code);
        Assert.Equal(0, await auth.CountAsync("mail_outbox"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task An_expired_recovery_code_is_refused_and_changes_nothing(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("late@example.com");
        await auth.Service.Recovery.RecoverAsync("late@example.com", null, Client, default);
        var (_, code) = auth.LastConfirmation("late@example.com");
        var sessions = await auth.CountAsync("sessions");

        auth.Time.Advance(auth.Service.Options.ConfirmationLifetime + TimeSpan.FromSeconds(1));
        var expired = await auth.Service.Verification.VerifyCodeAsync("recovery", "late@example.com", code, Client, default);
        Assert.Equal((403, "otp_expired"), (expired.Error!.Status, expired.Error.Code));
        Assert.Equal(sessions, await auth.CountAsync("sessions"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Wrong_codes_beyond_the_limit_are_refused_even_the_right_one(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("guess@example.com");
        await auth.Service.Recovery.RecoverAsync("guess@example.com", null, Client, default);
        var (_, code) = auth.LastConfirmation("guess@example.com");
        var wrong = code == "000000" ? "000001" : "000000";
        var sessions = await auth.CountAsync("sessions");

        for (var i = 0; i < auth.Service.Options.RateLimits.VerifyPerAccount.Limit; i++)
        {
            var refused = await auth.Service.Verification.VerifyCodeAsync("recovery", "guess@example.com", wrong, Client, default);
            Assert.Equal("otp_expired", refused.Error!.Code);
        }
        var limited = await auth.Service.Verification.VerifyCodeAsync("recovery", "guess@example.com", code, Client, default);
        Assert.Equal((429, "over_request_rate_limit"), (limited.Error!.Status, limited.Error.Code));
        Assert.Equal(sessions, await auth.CountAsync("sessions"));
        Assert.Equal(1, await auth.CountAsync("one_time_tokens"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_recovery_confirms_an_unconfirmed_address(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.Service.SignUp.SignUpAsync(new SignUpRequest("new@example.com", "correct horse", null), Client, default);
        await auth.Service.Recovery.RecoverAsync("new@example.com", null, Client, default);
        var (_, code) = auth.LastConfirmation("new@example.com");

        var verified = await auth.Service.Verification.VerifyCodeAsync("email", "new@example.com", code, Client, default);
        Assert.True(verified.IsSuccess, verified.Error?.ToString());
        Assert.NotNull(verified.Value.User.EmailConfirmedAt);
        Assert.Equal(1, await auth.CountAsync("users", "email_confirmed_at IS NOT NULL"));
    }
}
