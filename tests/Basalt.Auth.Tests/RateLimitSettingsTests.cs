using Basalt.Auth.RateLimiting;
using Basalt.Spec.Settings;
using SpecRule = Basalt.Spec.Schema.RateLimitRule;

namespace Basalt.Auth.Tests;

/// <summary>The spec's <c>auth.rate_limits</c> replace exactly the defaults they name.</summary>
public sealed class RateLimitSettingsTests
{
    [Fact]
    public void Named_limits_replace_their_defaults_and_the_rest_stay()
    {
        var settings = AuthSettings.Default with
        {
            RateLimits = new Dictionary<string, SpecRule>
            {
                ["sign_in_per_ip"] = new(5, TimeSpan.FromMinutes(1)),
                ["mfa_verify_per_factor"] = new(3, TimeSpan.FromMinutes(10)),
            },
        };

        var limits = new AuthOptions(settings).RateLimits;

        Assert.Equal(new RateLimitRule(5, TimeSpan.FromMinutes(1)), limits.SignInPerIp);
        Assert.Equal(new RateLimitRule(3, TimeSpan.FromMinutes(10)), limits.MfaVerifyPerFactor);
        Assert.Equal(AuthRateLimits.Default with { SignInPerIp = limits.SignInPerIp, MfaVerifyPerFactor = limits.MfaVerifyPerFactor }, limits);
        Assert.Equal(AuthRateLimits.Default, new AuthOptions(AuthSettings.Default).RateLimits);
    }
}
