using Basalt.Auth.Accounts;
using Basalt.Auth.Errors;
using Basalt.Auth.Sessions;
using Basalt.Auth.Storage;
using Basalt.Auth.Tests.Support;

namespace Basalt.Auth.Tests;

/// <summary>
/// <c>PUT /user {email}</c> and <c>/verify type=email_change</c> on both engines: the address moves only once both
/// halves (or, without secure change, the new one) are confirmed, each token works once, and a refusal writes nothing.
/// </summary>
public sealed class EmailChangeTests
{
    private static readonly AuthClient Client = AuthHarness.Client;

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_secure_change_needs_both_addresses_and_then_moves_the_account(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("old@example.com");

        var requested = await RequestAsync(auth, session, "New@Example.com");
        Assert.True(requested.IsSuccess, requested.Error?.ToString());
        Assert.Equal("old@example.com", requested.Value!.Email);
        Assert.Equal("new@example.com", requested.Value.EmailChange);
        Assert.NotNull(requested.Value.EmailChangeSentAt);
        var toNew = auth.LastConfirmation("new@example.com");
        var toOld = auth.LastConfirmation("old@example.com");
        Assert.Equal("email_change", auth.Mail.Sent.Last().Template);

        var half = await auth.Service.EmailChanges.VerifyTokenAsync(toNew.Token, Client, default);
        Assert.Equal(EmailChangeOutcome.OtherHalfPending, half.Value!.Message);
        Assert.Null(half.Value.Session);
        Assert.True((await auth.Service.Passwords.SignInAsync("old@example.com", "correct horse", Client, default)).IsSuccess);
        Assert.Equal("otp_expired", (await auth.Service.EmailChanges.VerifyTokenAsync(toNew.Token, Client, default)).Error!.Code);

        var done = await auth.Service.EmailChanges.VerifyCodeAsync("old@example.com", toOld.Code, Client, default);
        Assert.True(done.IsSuccess, done.Error?.ToString());
        Assert.Equal("new@example.com", done.Value!.Session!.User.Email);
        Assert.Null(done.Value.Session.User.EmailChange);
        Assert.Equal("invalid_credentials", (await auth.Service.Passwords.SignInAsync("old@example.com", "correct horse", Client, default)).Error!.Code);
        Assert.True((await auth.Service.Passwords.SignInAsync("new@example.com", "correct horse", Client, default)).IsSuccess);
        Assert.Equal(0, await auth.CountAsync("one_time_tokens", "token_type LIKE 'email_change%'"));
        Assert.Equal("otp_expired", (await auth.Service.EmailChanges.VerifyCodeAsync("old@example.com", toOld.Code, Client, default)).Error!.Code);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Without_secure_change_the_new_address_alone_confirms(string engine)
    {
        var settings = AuthHarness.Settings();
        settings = settings with { Email = settings.Email with { SecureChange = false } };
        await using var auth = await AuthHarness.StartAsync(engine, settings);
        var session = await auth.SignedInAsync("solo@example.com");
        var mailsBefore = auth.Mail.Sent.Count;

        Assert.True((await RequestAsync(auth, session, "moved@example.com")).IsSuccess);
        Assert.Equal(mailsBefore + 1, auth.Mail.Sent.Count);
        var done = await auth.Service.EmailChanges.VerifyCodeAsync("moved@example.com", auth.LastConfirmation("moved@example.com").Code, Client, default);
        Assert.Equal("moved@example.com", done.Value!.Session!.User.Email);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_taken_address_is_email_exists_and_nothing_of_the_request_is_written(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("taken@example.com");
        var session = await auth.SignedInAsync("mover@example.com");
        var mailsBefore = auth.Mail.Sent.Count;

        var refused = await auth.Service.Updates.UpdateAsync(await auth.WhoAsync(session.AccessToken.Token),
            new UserUpdateRequest("taken@example.com", null, "battery staple", null), Client, default);
        Assert.Equal((422, "email_exists"), (refused.Error!.Status, refused.Error.Code));
        Assert.Equal(mailsBefore, auth.Mail.Sent.Count);
        Assert.Null((await auth.WhoAsync(session.AccessToken.Token)).User.EmailChange);
        Assert.True((await auth.Service.Passwords.SignInAsync("mover@example.com", "correct horse", Client, default)).IsSuccess);
        Assert.Equal(0, await auth.CountAsync("one_time_tokens", "token_type LIKE 'email_change%'"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_new_target_voids_the_halves_of_the_old_one(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("first@example.com");
        await RequestAsync(auth, session, "a@example.com");
        var toA = auth.LastConfirmation("a@example.com");
        var oldHalfForA = auth.LastConfirmation("first@example.com");
        Assert.NotNull((await auth.Service.EmailChanges.VerifyTokenAsync(oldHalfForA.Token, Client, default)).Value!.Message);

        await RequestAsync(auth, session, "b@example.com");
        Assert.Equal("otp_expired", (await auth.Service.EmailChanges.VerifyTokenAsync(toA.Token, Client, default)).Error!.Code);
        Assert.Equal("b@example.com", (await auth.WhoAsync(session.AccessToken.Token)).User.EmailChange);
        Assert.Equal("first@example.com", (await auth.WhoAsync(session.AccessToken.Token)).User.Email);

        // The half confirmed for a@ does not count for b@: both halves of b@ are still needed.
        var halfB = await auth.Service.EmailChanges.VerifyTokenAsync(auth.LastConfirmation("b@example.com").Token, Client, default);
        Assert.Equal(EmailChangeOutcome.OtherHalfPending, halfB.Value!.Message);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Expired_wrong_and_misdirected_codes_change_nothing(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("slow@example.com");
        await RequestAsync(auth, session, "later@example.com");
        var toNew = auth.LastConfirmation("later@example.com");
        var toOld = auth.LastConfirmation("slow@example.com");

        // The code of one address does not work with the other address, nor a made-up one.
        Assert.Equal("otp_expired", (await auth.Service.EmailChanges.VerifyCodeAsync("later@example.com", toOld.Code, Client, default)).Error!.Code);
        Assert.Equal("otp_expired", (await auth.Service.EmailChanges.VerifyCodeAsync("later@example.com", toNew.Code == "000000" ? "111111" : "000000", Client, default)).Error!.Code);
        // A signup verification never accepts an email-change token.
        Assert.Equal("otp_expired", (await auth.Service.Verification.VerifyTokenAsync("signup", toNew.Token, Client, default)).Error!.Code);

        auth.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal("otp_expired", (await auth.Service.EmailChanges.VerifyTokenAsync(toNew.Token, Client, default)).Error!.Code);
        Assert.Equal("otp_expired", (await auth.Service.EmailChanges.VerifyTokenAsync(toOld.Token, Client, default)).Error!.Code);
        Assert.True((await auth.Service.Passwords.SignInAsync("slow@example.com", "correct horse", Client, default)).IsSuccess);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task An_address_taken_before_the_last_half_is_refused(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("keeper@example.com");
        await RequestAsync(auth, session, "contested@example.com");
        var toNew = auth.LastConfirmation("contested@example.com");
        var toOld = auth.LastConfirmation("keeper@example.com");
        await auth.SignedInAsync("contested@example.com");

        Assert.NotNull((await auth.Service.EmailChanges.VerifyTokenAsync(toOld.Token, Client, default)).Value!.Message);
        Assert.Equal("email_exists", (await auth.Service.EmailChanges.VerifyTokenAsync(toNew.Token, Client, default)).Error!.Code);
        Assert.Equal("keeper@example.com", (await auth.WhoAsync(session.AccessToken.Token)).User.Email);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Asking_again_within_a_minute_is_429_and_links_of_the_old_address_die_with_it(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("again@example.com");
        await RequestAsync(auth, session, "next@example.com");
        var again = await RequestAsync(auth, session, "next@example.com");
        Assert.Equal((429, "over_email_send_rate_limit"), (again.Error!.Status, again.Error.Code));

        Assert.Null(await auth.Service.Recovery.RecoverAsync("again@example.com", null, Client, default));
        var recovery = auth.LastConfirmation("again@example.com");
        auth.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.True((await RequestAsync(auth, session, "next@example.com")).IsSuccess);
        await auth.Service.EmailChanges.VerifyTokenAsync(auth.LastConfirmation("again@example.com").Token, Client, default);
        Assert.Equal("next@example.com", (await auth.Service.EmailChanges.VerifyTokenAsync(auth.LastConfirmation("next@example.com").Token, Client, default)).Value!.Session!.User.Email);
        Assert.Equal("otp_expired", (await auth.Service.Verification.VerifyTokenAsync("recovery", recovery.Token, Client, default)).Error!.Code);
    }

    private static async Task<AuthResult<UserRecord>> RequestAsync(AuthHarness auth, AuthSession session, string email) =>
        await auth.Service.Updates.UpdateAsync(await auth.WhoAsync(session.AccessToken.Token), new UserUpdateRequest(email, null, null, null), Client, default);
}
