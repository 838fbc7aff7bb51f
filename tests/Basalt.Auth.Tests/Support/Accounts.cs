using Basalt.Auth.Accounts;
using Basalt.Auth.Sessions;

namespace Basalt.Auth.Tests.Support;

/// <summary>Shortcuts to a confirmed, signed-in user.</summary>
internal static class Accounts
{
    public static async Task<AuthSession> SignedInAsync(this AuthHarness auth, string email, string password = "correct horse")
    {
        var signUp = await auth.Service.SignUp.SignUpAsync(new SignUpRequest(email, password, null), AuthHarness.Client, default);
        Assert.True(signUp.IsSuccess, signUp.Error?.ToString());
        if (signUp.Value.Session is { } session)
        {
            return session;
        }
        var verified = await auth.Service.Verification.VerifyTokenAsync("signup", auth.LastConfirmation(email).Token, AuthHarness.Client, default);
        Assert.True(verified.IsSuccess, verified.Error?.ToString());
        return verified.Value;
    }

    public static async Task<AuthenticatedUser> WhoAsync(this AuthHarness auth, string accessToken)
    {
        var who = await auth.Service.Users.AuthenticateAsync(accessToken, default);
        Assert.True(who.IsSuccess, who.Error?.ToString());
        return who.Value;
    }
}
