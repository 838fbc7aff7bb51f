using Basalt.Auth.Accounts;
using Basalt.Auth.Tests.Support;

namespace Basalt.Auth.Tests;

/// <summary>Refused password sign-ins are audited: who (or which address), why, from where; never the password.</summary>
public sealed class FailedSignInAuditTests
{
    private static readonly AuthClient Client = AuthHarness.Client;

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Each_refusal_writes_login_failed_with_its_reason(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var known = await auth.SignedInAsync("known@example.com");
        await auth.Service.SignUp.SignUpAsync(new SignUpRequest("wait@example.com", "correct horse", null), Client, default);

        await auth.Service.Passwords.SignInAsync("Known@Example.com", "wrong horse 1", Client, default);
        await auth.Service.Passwords.SignInAsync("nobody@example.com", "wrong horse 2", Client, default);
        await auth.Service.Passwords.SignInAsync("wait@example.com", "correct horse", Client, default);

        // The test clock stands still, so the rows are ordered by address here, not by time.
        var failed = (await auth.AuditPayloadsAsync()).Where(p => p.GetProperty("action").GetString() == "login_failed")
            .OrderBy(p => p.GetProperty("actor_username").GetString(), StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                ("known@example.com", true, "invalid_credentials"),
                ("nobody@example.com", false, "invalid_credentials"),
                ("wait@example.com", true, "email_not_confirmed"),
            ],
            failed.Select(p => (p.GetProperty("actor_username").GetString()!, p.GetProperty("actor_id").GetString() != "",
                p.GetProperty("traits").GetProperty("reason").GetString()!)).ToArray());
        Assert.Equal(known.User.Id.ToString("D"), failed[0].GetProperty("actor_id").GetString());
        Assert.All(failed, p => Assert.Equal(("203.0.113.7", "test-agent/1.0"),
            (p.GetProperty("ip_address").GetString(), p.GetProperty("user_agent").GetString())));
        Assert.All(failed, p => Assert.DoesNotContain("horse", p.GetRawText(), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_successful_sign_in_writes_login_and_no_failure(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("fine@example.com");

        await auth.Service.Passwords.SignInAsync("fine@example.com", "correct horse", Client, default);

        var actions = await auth.AuditActionsAsync();
        Assert.Contains("login", actions);
        Assert.DoesNotContain("login_failed", actions);
    }
}
