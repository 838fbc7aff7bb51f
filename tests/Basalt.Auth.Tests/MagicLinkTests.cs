using Basalt.Auth.Accounts;
using Basalt.Auth.Mail;
using Basalt.Auth.Tests.Support;

namespace Basalt.Auth.Tests;

public sealed class MagicLinkTests
{
    private static readonly AuthClient Client = AuthHarness.Client;

    private static OtpRequest Otp(string email, bool createUser = true) => new(email, null, createUser, null, null);

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_confirmed_user_gets_a_magic_link_whose_code_signs_in_once(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("magic@example.com");

        Assert.Null(await auth.Service.MagicLinks.SendAsync(Otp("magic@example.com"), Client, default));
        Assert.Equal(MailTemplates.MagicLink, auth.Mail.Sent.Last().Template);
        var (token, code) = auth.LastConfirmation("magic@example.com");

        var verified = await auth.Service.Verification.VerifyCodeAsync("magiclink", "magic@example.com", code, Client, default);
        Assert.True(verified.IsSuccess, verified.Error?.ToString());
        var reused = await auth.Service.Verification.VerifyTokenAsync("magiclink", token, Client, default);
        Assert.Equal((403, "otp_expired"), (reused.Error!.Status, reused.Error.Code));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task The_link_token_works_with_type_email_too(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("either@example.com");
        await auth.Service.MagicLinks.SendAsync(Otp("either@example.com"), Client, default);
        var (_, code) = auth.LastConfirmation("either@example.com");

        var verified = await auth.Service.Verification.VerifyCodeAsync("email", "either@example.com", code, Client, default);
        Assert.True(verified.IsSuccess, verified.Error?.ToString());
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task An_unknown_address_signs_up_and_gets_a_confirmation(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);

        Assert.Null(await auth.Service.MagicLinks.SendAsync(Otp("fresh@example.com"), Client, default));
        Assert.Equal(MailTemplates.Confirmation, auth.Mail.Sent.Last().Template);
        Assert.Equal(1, await auth.CountAsync("users", "email_confirmed_at IS NULL AND encrypted_password IS NULL"));
        var (token, _) = auth.LastConfirmation("fresh@example.com");

        var verified = await auth.Service.Verification.VerifyTokenAsync("signup", token, Client, default);
        Assert.True(verified.IsSuccess, verified.Error?.ToString());
        Assert.NotNull(verified.Value.User.EmailConfirmedAt);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task With_confirmation_off_a_new_user_gets_the_magic_link(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine, AuthHarness.Settings(confirm: false));

        Assert.Null(await auth.Service.MagicLinks.SendAsync(Otp("auto@example.com"), Client, default));
        Assert.Equal(MailTemplates.MagicLink, auth.Mail.Sent.Last().Template);
        Assert.Equal(1, await auth.CountAsync("users", "email_confirmed_at IS NOT NULL"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Create_user_false_refuses_an_unknown_address_and_writes_nothing(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);

        var refused = await auth.Service.MagicLinks.SendAsync(Otp("ghost@example.com", createUser: false), Client, default);
        Assert.Equal((422, "otp_disabled"), (refused!.Status, refused.Code));
        Assert.Equal(0, await auth.CountAsync("users"));
        Assert.Equal(0, await auth.CountAsync("mail_outbox"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_second_request_within_a_minute_is_refused_and_sends_nothing(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("twice@example.com");
        await auth.Service.MagicLinks.SendAsync(Otp("twice@example.com"), Client, default);
        var mails = await auth.CountAsync("mail_outbox");

        var again = await auth.Service.MagicLinks.SendAsync(Otp("twice@example.com"), Client, default);
        Assert.Equal((429, "over_email_send_rate_limit"), (again!.Status, again.Code));
        Assert.Equal(mails, await auth.CountAsync("mail_outbox"));

        auth.Time.Advance(TimeSpan.FromSeconds(61));
        Assert.Null(await auth.Service.MagicLinks.SendAsync(Otp("twice@example.com"), Client, default));
        Assert.Equal(mails + 1, await auth.CountAsync("mail_outbox"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Reauthenticate_mails_a_nonce_at_most_once_a_minute(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("again@example.com");
        var who = await auth.WhoAsync(session.AccessToken.Token);

        Assert.Null(await auth.Service.Reauthentication.SendAsync(who, Client, default));
        Assert.Equal(MailTemplates.Reauthentication, auth.Mail.Sent.Last().Template);
        Assert.Equal(1, await auth.CountAsync("one_time_tokens", "token_type = 'reauthentication_token'"));
        Assert.Contains("user_reauthenticate_requested", await auth.AuditActionsAsync());

        var again = await auth.Service.Reauthentication.SendAsync(who, Client, default);
        Assert.Equal((429, "over_email_send_rate_limit"), (again!.Status, again.Code));
        Assert.Equal(1, auth.Mail.Sent.Count(m => m.Template == MailTemplates.Reauthentication));

        // The nonce is no verification token: /verify does not accept it.
        var (_, code) = auth.LastConfirmation("again@example.com");
        var verify = await auth.Service.Verification.VerifyCodeAsync("email", "again@example.com", code, Client, default);
        Assert.Equal("otp_expired", verify.Error!.Code);
    }
}
