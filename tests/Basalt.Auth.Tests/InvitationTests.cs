using System.Text.Json.Nodes;
using Basalt.Auth.Accounts;
using Basalt.Auth.Admin;
using Basalt.Auth.Tests.Support;

namespace Basalt.Auth.Tests;

/// <summary><c>POST /invite</c> and the link types of <c>/admin/generate_link</c> beyond sign-up, on both engines.</summary>
public sealed class InvitationTests
{
    private static readonly AuthClient Client = AuthHarness.Client;

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task An_invited_user_accepts_by_code_and_then_sets_a_password(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var invited = await auth.Service.Invitations.InviteAsync("Guest@Example.com", new JsonObject { ["team"] = "core" }, null, Client, default);
        Assert.True(invited.IsSuccess, invited.Error?.ToString());
        Assert.NotNull(invited.Value!.InvitedAt);
        Assert.False(invited.Value.IsEmailConfirmed);
        Assert.Equal("core", invited.Value.UserMetadata["team"]!.GetValue<string>());
        Assert.Equal("invite", auth.Mail.Sent.Last().Template);
        Assert.Contains("user_invited", await auth.AuditActionsAsync());

        var (token, code) = auth.LastConfirmation("guest@example.com");
        Assert.Contains("type=invite", auth.Mail.Sent.Last().BodyText, StringComparison.Ordinal);
        var accepted = await auth.Service.Verification.VerifyCodeAsync("invite", "guest@example.com", code, Client, default);
        Assert.True(accepted.IsSuccess, accepted.Error?.ToString());
        Assert.True(accepted.Value!.User.IsEmailConfirmed);
        Assert.Equal("otp_expired", (await auth.Service.Verification.VerifyTokenAsync("invite", token, Client, default)).Error!.Code);

        var who = await auth.WhoAsync(accepted.Value.AccessToken.Token);
        Assert.True((await auth.Service.Updates.UpdateAsync(who, new UserUpdateRequest(null, null, "battery staple", null), Client, default)).IsSuccess);
        Assert.True((await auth.Service.Passwords.SignInAsync("guest@example.com", "battery staple", Client, default)).IsSuccess);
        Assert.Equal("email_exists", (await auth.Service.Invitations.InviteAsync("guest@example.com", null, null, Client, default)).Error!.Code);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Inviting_an_unconfirmed_sign_up_drops_the_password_nobody_proved(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        Assert.True((await auth.Service.SignUp.SignUpAsync(new SignUpRequest("squatted@example.com", "squatter pass", null), Client, default)).IsSuccess);
        Assert.True((await auth.Service.Invitations.InviteAsync("squatted@example.com", null, null, Client, default)).IsSuccess);
        var accepted = await auth.Service.Verification.VerifyCodeAsync("invite", "squatted@example.com", auth.LastConfirmation("squatted@example.com").Code, Client, default);
        Assert.True(accepted.IsSuccess, accepted.Error?.ToString());
        Assert.Equal("invalid_credentials", (await auth.Service.Passwords.SignInAsync("squatted@example.com", "squatter pass", Client, default)).Error!.Code);
        Assert.Equal(1, await auth.CountAsync("users"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Generated_magic_link_and_recovery_links_sign_in_and_unknown_addresses_are_404(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("linked@example.com");
        foreach (var type in new[] { "magiclink", "recovery" })
        {
            var link = await auth.Service.AdminLinks.GenerateAsync(new GenerateLinkRequest(type, "linked@example.com", null, null, null, null), Client, default);
            Assert.True(link.IsSuccess, link.Error?.ToString());
            Assert.Equal(type, link.Value!.VerificationType);
            Assert.Contains($"type={type}", link.Value.ActionLink, StringComparison.Ordinal);
            Assert.True((await auth.Service.Verification.VerifyTokenAsync(type, link.Value.HashedToken, Client, default)).IsSuccess);
            var unknown = await auth.Service.AdminLinks.GenerateAsync(new GenerateLinkRequest(type, "nobody@example.com", null, null, null, null), Client, default);
            Assert.Equal((404, "user_not_found"), (unknown.Error!.Status, unknown.Error.Code));
        }
        Assert.Equal(1, await auth.CountAsync("users"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Generated_email_change_links_complete_the_change_one_half_each(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("before@example.com");
        var mails = auth.Mail.Sent.Count;
        var current = await auth.Service.AdminLinks.GenerateAsync(
            new GenerateLinkRequest("email_change_current", "before@example.com", "after@example.com", null, null, null), Client, default);
        var next = await auth.Service.AdminLinks.GenerateAsync(
            new GenerateLinkRequest("email_change_new", "before@example.com", "after@example.com", null, null, null), Client, default);
        Assert.True(current.IsSuccess && next.IsSuccess, current.Error?.ToString() ?? next.Error?.ToString());
        Assert.Equal("after@example.com", next.Value!.User.EmailChange);
        Assert.Equal(mails, auth.Mail.Sent.Count);

        // The second call reissued only its own half: the first link still works.
        Assert.NotNull((await auth.Service.EmailChanges.VerifyTokenAsync(current.Value!.HashedToken, Client, default)).Value!.Message);
        var done = await auth.Service.EmailChanges.VerifyTokenAsync(next.Value.HashedToken, Client, default);
        Assert.Equal("after@example.com", done.Value!.Session!.User.Email);

        var taken = await auth.Service.AdminLinks.GenerateAsync(
            new GenerateLinkRequest("email_change_new", "after@example.com", "after@example.com", null, null, null), Client, default);
        Assert.Equal("email_exists", taken.Error!.Code);
    }
}
