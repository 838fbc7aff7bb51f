using Basalt.Spec.Schema;

namespace Basalt.Spec.Tests;

/// <summary><c>auth.rate_limits</c>: the limits a spec overrides, and each mistake at its position.</summary>
public sealed class AuthRateLimitSpecTests
{
    private const string Tables = "tables:\n  t:\n    columns:\n      id: { type: bigint, primary: true }\n";

    [Fact]
    public void Named_limits_are_read_with_their_windows()
    {
        var spec = SpecAssert.Valid("name: app\nauth:\n  rate_limits: { sign_in_per_ip: 30/5min, mail_per_account: 1/min, refresh_per_ip: 1000 / 2 h }\n" + Tables);

        Assert.Equal(
            [("mail_per_account", "1/min"), ("refresh_per_ip", "1000/2h"), ("sign_in_per_ip", "30/5min")],
            spec.Auth.RateLimits.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value.ToString())).ToArray());
        Assert.Equal(new RateLimitRule(30, TimeSpan.FromMinutes(5)), spec.Auth.RateLimits["sign_in_per_ip"]);
    }

    [Fact]
    public void Without_the_section_no_limit_is_overridden()
    {
        Assert.Empty(SpecAssert.Valid("name: app\n" + Tables).Auth.RateLimits);
    }

    [Theory]
    [InlineData("{ sign_in: 5/min }", 18, "auth.rate_limits.sign_in",
        "unknown key 'sign_in'; valid: sign_in_per_ip, sign_in_per_account, sign_up_per_ip, verify_per_ip, verify_per_account, refresh_per_ip, mail_per_ip, mail_per_account, mfa_verify_per_ip, mfa_verify_per_factor")]
    [InlineData("{ verify_per_ip: 10/0min }", 33, "auth.rate_limits.verify_per_ip",
        "a rate limit's window is 1 to 1000 units, found 0; write a count and a window such as 60/min or 30/5min (units: s, sec, second, min, minute, h, hour, day)")]
    [InlineData("{ refresh_per_ip: lots }", 34, "auth.rate_limits.refresh_per_ip",
        "invalid rate limit 'lots'; write a count and a window such as 60/min or 30/5min (units: s, sec, second, min, minute, h, hour, day)")]
    [InlineData("{ mail_per_ip: 0/min }", 31, "auth.rate_limits.mail_per_ip", "a rate limit needs a count from 1 to 2147483647, found 0")]
    public void Each_mistake_is_reported_at_its_value(string limits, int column, string path, string message)
    {
        SpecAssert.SingleError("name: app\nauth:\n  rate_limits: " + limits + "\n" + Tables, 3, column, path, message);
    }
}
