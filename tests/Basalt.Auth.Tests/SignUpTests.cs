using System.Text.Json.Nodes;
using Basalt.Auth.Accounts;
using Basalt.Auth.Tests.Support;

namespace Basalt.Auth.Tests;

public sealed class SignUpTests
{
    private static readonly AuthClient Client = AuthHarness.Client;

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task With_confirmation_on_the_user_is_created_unconfirmed_and_a_mail_is_queued_and_sent(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var result = await auth.Service.SignUp.SignUpAsync(
            new SignUpRequest(" Ada@Example.COM ", "correct horse", new JsonObject { ["name"] = "Ada" }), Client, default);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Null(result.Value.Session);
        var user = result.Value.User;
        Assert.Equal("ada@example.com", user.Email);
        Assert.Null(user.EmailConfirmedAt);
        Assert.NotNull(user.ConfirmationSentAt);
        Assert.Equal("Ada", user.UserMetadata["name"]!.GetValue<string>());
        Assert.Equal(1, await auth.CountAsync("users", "email = 'ada@example.com' AND email_confirmed_at IS NULL"));
        Assert.Equal(0, await auth.CountAsync("sessions"));
        Assert.Equal(1, await auth.CountAsync("mail_outbox", "to_address = 'ada@example.com' AND template = 'confirmation' AND sent_at IS NOT NULL"));
        Assert.Single(auth.Mail.Sent);
        Assert.Contains("user_confirmation_requested", await auth.AuditActionsAsync());
        // The password is stored as an Argon2id hash, never as itself.
        var stored = (string)(await auth.ScalarAsync($"SELECT encrypted_password FROM {auth.Table("users")}"))!;
        Assert.StartsWith("$argon2id$v=19$", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("correct horse", stored, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task With_confirmation_off_sign_up_returns_a_session(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine, AuthHarness.Settings(confirm: false));
        var result = await auth.Service.SignUp.SignUpAsync(new SignUpRequest("bob@example.com", "correct horse", null), Client, default);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var session = Assert.IsType<Basalt.Auth.Sessions.AuthSession>(result.Value.Session);
        Assert.NotNull(session.User.EmailConfirmedAt);
        Assert.Equal(1, await auth.CountAsync("sessions"));
        Assert.Equal(1, await auth.CountAsync("refresh_tokens", "revoked = " + (engine == "sqlite" ? "0" : "false")));
        Assert.Empty(auth.Mail.Sent);
        Assert.Contains("user_signedup", await auth.AuditActionsAsync());
        Assert.Contains("login", await auth.AuditActionsAsync());
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_confirmed_address_signing_up_again_gets_a_decoy_and_nothing_changes(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var first = await auth.Service.SignUp.SignUpAsync(new SignUpRequest("eve@example.com", "first password", null), Client, default);
        var (token, _) = auth.LastConfirmation("eve@example.com");
        Assert.True((await auth.Service.Verification.VerifyTokenAsync("signup", token, Client, default)).IsSuccess);

        var again = await auth.Service.SignUp.SignUpAsync(
            new SignUpRequest("eve@example.com", "other password", new JsonObject { ["x"] = 1 }), Client, default);

        Assert.True(again.IsSuccess, again.Error?.ToString());
        Assert.NotEqual(first.Value!.User.Id, again.Value.User.Id);
        Assert.False(again.Value.HasIdentity);
        Assert.Null(again.Value.Session);
        Assert.Equal(1, await auth.CountAsync("users"));
        Assert.Single(auth.Mail.Sent);
        // The stored password is still the first one.
        Assert.True((await auth.Service.Passwords.SignInAsync("eve@example.com", "first password", Client, default)).IsSuccess);
        Assert.Contains("user_repeated_signup", await auth.AuditActionsAsync());
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task An_unconfirmed_address_gets_its_mail_again_but_not_within_the_resend_interval(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var request = new SignUpRequest("slow@example.com", "correct horse", null);
        Assert.True((await auth.Service.SignUp.SignUpAsync(request, Client, default)).IsSuccess);

        var tooSoon = await auth.Service.SignUp.SignUpAsync(request, Client, default);
        Assert.Equal((429, "over_email_send_rate_limit"), (tooSoon.Error!.Status, tooSoon.Error.Code));

        auth.Time.Advance(TimeSpan.FromSeconds(61));
        var later = await auth.Service.SignUp.SignUpAsync(request, Client, default);
        Assert.True(later.IsSuccess, later.Error?.ToString());
        Assert.Equal(2, auth.Mail.Sent.Count);
        Assert.Equal(1, await auth.CountAsync("one_time_tokens"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task With_confirmation_off_an_existing_address_is_user_already_exists(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine, AuthHarness.Settings(confirm: false));
        Assert.True((await auth.Service.SignUp.SignUpAsync(new SignUpRequest("dup@example.com", "correct horse", null), Client, default)).IsSuccess);
        var again = await auth.Service.SignUp.SignUpAsync(new SignUpRequest("DUP@example.com", "correct horse", null), Client, default);
        Assert.Equal((422, "user_already_exists"), (again.Error!.Status, again.Error.Code));
        Assert.Equal(1, await auth.CountAsync("users"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_weak_password_is_refused_with_its_reasons_and_nothing_is_written(string engine)
    {
        var settings = AuthHarness.Settings() with { Password = new Basalt.Spec.Settings.PasswordSettings(10) { Require = ["digit", "upper"] } };
        await using var auth = await AuthHarness.StartAsync(engine, settings);
        var result = await auth.Service.SignUp.SignUpAsync(new SignUpRequest("weak@example.com", "short", null), Client, default);

        Assert.Equal((422, "weak_password"), (result.Error!.Status, result.Error.Code));
        Assert.Equal(["length", "characters"], result.Error.WeakPasswordReasons);
        Assert.StartsWith("Password should be at least 10 characters.", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await auth.CountAsync("users"));
        Assert.Equal(0, await auth.CountAsync("mail_outbox"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Missing_or_invalid_fields_are_refused(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var noPassword = await auth.Service.SignUp.SignUpAsync(new SignUpRequest("a@example.com", null, null), Client, default);
        var noEmail = await auth.Service.SignUp.SignUpAsync(new SignUpRequest(null, "correct horse", null), Client, default);
        var badEmail = await auth.Service.SignUp.SignUpAsync(new SignUpRequest("not-an-email", "correct horse", null), Client, default);

        Assert.Equal((422, "validation_failed"), (noPassword.Error!.Status, noPassword.Error.Code));
        Assert.Equal((400, "validation_failed"), (noEmail.Error!.Status, noEmail.Error.Code));
        Assert.Equal((400, "validation_failed"), (badEmail.Error!.Status, badEmail.Error.Code));
        Assert.Equal(0, await auth.CountAsync("users"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_failing_mail_sender_leaves_the_mail_in_the_outbox_for_a_retry(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        auth.Mail.Fail = true;
        Assert.True((await auth.Service.SignUp.SignUpAsync(new SignUpRequest("later@example.com", "correct horse", null), Client, default)).IsSuccess);
        Assert.Equal(1, await auth.CountAsync("mail_outbox", "sent_at IS NULL AND attempts = 1 AND last_error = 'smtp is down' AND next_attempt_at IS NOT NULL"));
    }
}
