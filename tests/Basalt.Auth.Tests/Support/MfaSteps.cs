using Basalt.Auth.Accounts;
using Basalt.Auth.Mfa;
using Basalt.Auth.Sessions;
using Basalt.Spec.Settings;
using OtpNet;

namespace Basalt.Auth.Tests.Support;

/// <summary>Shortcuts for the MFA tests: settings with TOTP on, the code of a secret at the harness's time, enroll and verify.</summary>
internal static class MfaSteps
{
    public static AuthSettings TotpOn() => AuthHarness.Settings() with { MfaTotp = true };

    public static string Code(this AuthHarness auth, string secret, int stepsFromNow = 0) =>
        new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(auth.Time.Now.UtcDateTime.AddSeconds(30 * stepsFromNow));

    public static async Task<TotpEnrollment> EnrollAsync(this AuthHarness auth, AuthSession session, string? name = null)
    {
        var enrolled = await auth.Service.Mfa.EnrollAsync(await auth.WhoAsync(session.AccessToken.Token), "totp", name, null, AuthHarness.Client, default);
        Assert.True(enrolled.IsSuccess, enrolled.Error?.ToString());
        return enrolled.Value;
    }

    public static async Task<Guid> ChallengeAsync(this AuthHarness auth, AuthSession session, Guid factorId)
    {
        var challenge = await auth.Service.Mfa.ChallengeAsync(await auth.WhoAsync(session.AccessToken.Token), factorId, AuthHarness.Client, default);
        Assert.True(challenge.IsSuccess, challenge.Error?.ToString());
        return challenge.Value.Id;
    }

    /// <summary>Challenge and verify with the current code: the session comes back at aal2.</summary>
    public static async Task<AuthSession> VerifyAsync(this AuthHarness auth, AuthSession session, TotpEnrollment factor)
    {
        var challenge = await auth.ChallengeAsync(session, factor.Factor.Id);
        var verified = await auth.Service.Mfa.VerifyAsync(await auth.WhoAsync(session.AccessToken.Token), factor.Factor.Id, challenge,
            auth.Code(factor.Secret), AuthHarness.Client, default);
        Assert.True(verified.IsSuccess, verified.Error?.ToString());
        return verified.Value;
    }

    public static Task<AuthenticatedUser> Who(this AuthHarness auth, AuthSession session) => auth.WhoAsync(session.AccessToken.Token);
}
