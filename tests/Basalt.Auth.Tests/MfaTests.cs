using Basalt.Auth.Tests.Support;

namespace Basalt.Auth.Tests;

public sealed class MfaTests
{
    private static readonly AuthClient Client = AuthHarness.Client;

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Enroll_gives_a_key_uri_and_qr_code_once_and_stores_the_key_encrypted(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine, MfaSteps.TotpOn());
        var session = await auth.SignedInAsync("enroll@example.com");

        var factor = await auth.EnrollAsync(session, "phone app");

        Assert.Matches("^[A-Z2-7]{32}$", factor.Secret);
        Assert.Equal($"otpauth://totp/localhost%3A3000:enroll%40example.com?algorithm=SHA1&digits=6&issuer=localhost%3A3000&period=30&secret={factor.Secret}", factor.Uri);
        Assert.Contains("<svg", factor.QrSvg, StringComparison.Ordinal);
        Assert.EndsWith("</svg>", factor.QrSvg.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(("totp", "unverified", "phone app"), (factor.Factor.FactorType, factor.Factor.Status, factor.Factor.FriendlyName));
        var stored = (string)(await auth.ScalarAsync($"SELECT secret FROM {auth.Table("mfa_factors")}"))!;
        Assert.StartsWith("v1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(factor.Secret, stored, StringComparison.Ordinal);
        var listed = await auth.Service.Mfa.ListAsync(session.User.Id, default);
        Assert.Equal(factor.Factor.Id, Assert.Single(listed).Id);
        Assert.Contains("factor_in_progress", await auth.AuditActionsAsync());
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Verifying_raises_the_session_to_aal2_with_totp_in_amr(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine, MfaSteps.TotpOn());
        var session = await auth.SignedInAsync("verify@example.com");
        var other = (await auth.Service.Passwords.SignInAsync("verify@example.com", "correct horse", Client, default)).Value!;
        var factor = await auth.EnrollAsync(session);
        Assert.Equal("aal1", Jwt.Payload(session.AccessToken.Token).GetProperty("aal").GetString());

        var upgraded = await auth.VerifyAsync(session, factor);

        var claims = Jwt.Payload(upgraded.AccessToken.Token);
        Assert.Equal("aal2", claims.GetProperty("aal").GetString());
        Assert.Equal(session.SessionId.ToString("D"), claims.GetProperty("session_id").GetString());
        var methods = claims.GetProperty("amr").EnumerateArray().Select(e => e.GetProperty("method").GetString()).ToList();
        Assert.Equal(["totp", "otp"], methods);
        Assert.Equal("verified", Assert.Single(upgraded.Factors).Status);
        // GoTrue ends the user's other aal1 sessions once one reaches aal2.
        Assert.Equal("session_not_found", (await auth.Service.Users.AuthenticateAsync(other.AccessToken.Token, default)).Error!.Code);
        // A refresh of the session keeps aal2.
        var refreshed = await auth.Service.Refresh.RefreshAsync(upgraded.RefreshToken, Client, default);
        Assert.Equal("aal2", Jwt.Payload(refreshed.Value!.AccessToken.Token).GetProperty("aal").GetString());
        Assert.Contains("verification_attempted", await auth.AuditActionsAsync());
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Codes_of_the_neighbouring_steps_are_accepted_and_further_ones_are_not(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine, MfaSteps.TotpOn());
        var session = await auth.SignedInAsync("window@example.com");
        var factor = await auth.EnrollAsync(session);
        var who = await auth.Who(session);

        foreach (var far in new[] { -2, 2 })
        {
            var challenge = await auth.ChallengeAsync(session, factor.Factor.Id);
            var refused = await auth.Service.Mfa.VerifyAsync(who, factor.Factor.Id, challenge, auth.Code(factor.Secret, far), Client, default);
            Assert.Equal("mfa_verification_failed", refused.Error!.Code);
        }
        var previous = await auth.Service.Mfa.VerifyAsync(who, factor.Factor.Id, await auth.ChallengeAsync(session, factor.Factor.Id),
            auth.Code(factor.Secret, -1), Client, default);
        Assert.True(previous.IsSuccess, previous.Error?.ToString());
        var upgraded = await auth.Who(previous.Value);
        var next = await auth.Service.Mfa.VerifyAsync(upgraded, factor.Factor.Id, await auth.ChallengeAsync(previous.Value, factor.Factor.Id),
            auth.Code(factor.Secret, 1), Client, default);
        Assert.True(next.IsSuccess, next.Error?.ToString());
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Unenrolling_a_verified_factor_needs_aal2_and_lowers_the_session(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine, MfaSteps.TotpOn());
        var session = await auth.SignedInAsync("unenroll@example.com");
        var factor = await auth.EnrollAsync(session);
        var upgraded = await auth.VerifyAsync(session, factor);
        var aal1 = (await auth.Service.Passwords.SignInAsync("unenroll@example.com", "correct horse", Client, default)).Value!;

        var refused = await auth.Service.Mfa.UnenrollAsync(await auth.Who(aal1), factor.Factor.Id, Client, default);
        Assert.Equal((422, "insufficient_aal"), (refused.Error!.Status, refused.Error.Code));
        Assert.Equal(1, await auth.CountAsync("mfa_factors"));
        var enrollAgain = await auth.Service.Mfa.EnrollAsync(await auth.Who(aal1), "totp", null, null, Client, default);
        Assert.Equal((403, "insufficient_aal"), (enrollAgain.Error!.Status, enrollAgain.Error.Code));

        var removed = await auth.Service.Mfa.UnenrollAsync(await auth.Who(upgraded), factor.Factor.Id, Client, default);
        Assert.Equal(factor.Factor.Id, removed.Value);
        Assert.Equal(0, await auth.CountAsync("mfa_factors"));
        Assert.Equal(0, await auth.CountAsync("sessions", "aal = 'aal2'"));
        var refreshed = await auth.Service.Refresh.RefreshAsync(upgraded.RefreshToken, Client, default);
        Assert.Equal("aal1", Jwt.Payload(refreshed.Value!.AccessToken.Token).GetProperty("aal").GetString());
        Assert.Contains("factor_unenrolled", await auth.AuditActionsAsync());
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task An_unverified_factor_is_unenrolled_from_aal1_and_others_go_when_one_is_verified(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine, MfaSteps.TotpOn());
        var session = await auth.SignedInAsync("unverified@example.com");
        var first = await auth.EnrollAsync(session, "first");
        var second = await auth.EnrollAsync(session, "second");
        var third = await auth.EnrollAsync(session);
        var fourth = await auth.EnrollAsync(session);

        Assert.True((await auth.Service.Mfa.UnenrollAsync(await auth.Who(session), first.Factor.Id, Client, default)).IsSuccess);
        await auth.VerifyAsync(session, second);

        var left = await auth.Service.Mfa.ListAsync(session.User.Id, default);
        Assert.Equal(second.Factor.Id, Assert.Single(left).Id);
        Assert.DoesNotContain(left, f => f.Id == third.Factor.Id || f.Id == fourth.Factor.Id);
    }
}
