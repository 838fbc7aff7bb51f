using Basalt.Auth.Errors;
using Basalt.Auth.RateLimiting;
using Basalt.Auth.Tests.Support;

namespace Basalt.Auth.Tests;

/// <summary>Every refused MFA request answers GoTrue's error and changes nothing: no factor verified, no session raised.</summary>
public sealed class MfaRefusalTests
{
    private static readonly AuthClient Client = AuthHarness.Client;

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Wrong_replayed_and_malformed_codes_are_refused(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine, MfaSteps.TotpOn());
        var session = await auth.SignedInAsync("codes@example.com");
        var factor = await auth.EnrollAsync(session);
        var who = await auth.Who(session);
        var challenge = await auth.ChallengeAsync(session, factor.Factor.Id);
        var right = auth.Code(factor.Secret);
        var wrong = right == "000000" ? "111111" : "000000";

        foreach (var code in new[] { wrong, "12345", "abcdef", right + "0", " " + right })
        {
            Assert.Equal((422, "mfa_verification_failed"), Code(await auth.Service.Mfa.VerifyAsync(who, factor.Factor.Id, challenge, code, Client, default)));
        }
        await AssertUnchangedAsync(auth);

        var upgraded = await auth.Service.Mfa.VerifyAsync(who, factor.Factor.Id, challenge, right, Client, default);
        Assert.True(upgraded.IsSuccess, upgraded.Error?.ToString());
        // The same code again, on a fresh challenge and within its step: refused (a code works once per factor).
        var again = await auth.ChallengeAsync(upgraded.Value, factor.Factor.Id);
        Assert.Equal((422, "mfa_verification_failed"),
            Code(await auth.Service.Mfa.VerifyAsync(await auth.Who(upgraded.Value), factor.Factor.Id, again, right, Client, default)));
        // The spent challenge: GoTrue's code for it.
        Assert.Equal((422, "mfa_ip_address_mismatch"),
            Code(await auth.Service.Mfa.VerifyAsync(await auth.Who(upgraded.Value), factor.Factor.Id, challenge, auth.Code(factor.Secret, 1), Client, default)));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Expired_unknown_and_moved_challenges_are_refused(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine, MfaSteps.TotpOn());
        var session = await auth.SignedInAsync("challenge@example.com");
        var factor = await auth.EnrollAsync(session);
        var who = await auth.Who(session);

        var old = await auth.ChallengeAsync(session, factor.Factor.Id);
        auth.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Equal((422, "mfa_challenge_expired"), Code(await auth.Service.Mfa.VerifyAsync(who, factor.Factor.Id, old, auth.Code(factor.Secret), Client, default)));
        Assert.Equal((422, "mfa_factor_not_found"),
            Code(await auth.Service.Mfa.VerifyAsync(who, factor.Factor.Id, Guid.NewGuid(), auth.Code(factor.Secret), Client, default)));
        var fresh = await auth.ChallengeAsync(session, factor.Factor.Id);
        var elsewhere = Client with { Ip = "198.51.100.1" };
        Assert.Equal((422, "mfa_ip_address_mismatch"),
            Code(await auth.Service.Mfa.VerifyAsync(who, factor.Factor.Id, fresh, auth.Code(factor.Secret), elsewhere, default)));
        await AssertUnchangedAsync(auth);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Another_users_factor_is_not_found(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine, MfaSteps.TotpOn());
        var owner = await auth.SignedInAsync("owner@example.com");
        var intruder = await auth.SignedInAsync("intruder@example.com");
        var factor = await auth.EnrollAsync(owner);
        var challenge = await auth.ChallengeAsync(owner, factor.Factor.Id);
        var who = await auth.Who(intruder);

        Assert.Equal((404, "mfa_factor_not_found"), Code(await auth.Service.Mfa.ChallengeAsync(who, factor.Factor.Id, Client, default)));
        Assert.Equal((404, "mfa_factor_not_found"),
            Code(await auth.Service.Mfa.VerifyAsync(who, factor.Factor.Id, challenge, auth.Code(factor.Secret), Client, default)));
        Assert.Equal((404, "mfa_factor_not_found"), Code(await auth.Service.Mfa.UnenrollAsync(who, factor.Factor.Id, Client, default)));
        Assert.Equal(1, await auth.CountAsync("mfa_factors"));
        await AssertUnchangedAsync(auth);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Bad_enrollments_are_refused(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine, MfaSteps.TotpOn());
        var session = await auth.SignedInAsync("names@example.com");
        await auth.EnrollAsync(session, "laptop");
        var who = await auth.Who(session);

        Assert.Equal((422, "mfa_factor_name_conflict"), Code(await auth.Service.Mfa.EnrollAsync(who, "totp", " laptop ", null, Client, default)));
        Assert.Equal((400, "validation_failed"), Code(await auth.Service.Mfa.EnrollAsync(who, "sms", null, null, Client, default)));
        Assert.Equal((400, "validation_failed"), Code(await auth.Service.Mfa.EnrollAsync(who, null, null, null, Client, default)));
        Assert.Equal((422, "mfa_phone_enroll_not_enabled"), Code(await auth.Service.Mfa.EnrollAsync(who, "phone", null, null, Client, default)));
        for (var i = 1; i < 10; i++)
        {
            await auth.EnrollAsync(session);
        }
        Assert.Equal((422, "too_many_enrolled_mfa_factors"), Code(await auth.Service.Mfa.EnrollAsync(who, "totp", null, null, Client, default)));
        Assert.Equal(10, await auth.CountAsync("mfa_factors"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task With_totp_off_enroll_challenge_and_verify_are_refused(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine, MfaSteps.TotpOn());
        var session = await auth.SignedInAsync("off@example.com");
        var factor = await auth.EnrollAsync(session);
        var challenge = await auth.ChallengeAsync(session, factor.Factor.Id);
        // The same database served with auth.mfa.totp off: the factor stays, but nothing can use it.
        var off = new AuthService(auth.Database, new AuthOptions(AuthHarness.Settings()), auth.Mail, time: auth.Time);
        var who = await auth.Who(session);

        Assert.Equal((422, "mfa_totp_enroll_not_enabled"), Code(await off.Mfa.EnrollAsync(who, "totp", null, null, Client, default)));
        Assert.Equal((422, "mfa_totp_verify_not_enabled"), Code(await off.Mfa.ChallengeAsync(who, factor.Factor.Id, Client, default)));
        Assert.Equal((422, "mfa_totp_verify_not_enabled"),
            Code(await off.Mfa.VerifyAsync(who, factor.Factor.Id, challenge, auth.Code(factor.Secret), Client, default)));
        Assert.Equal(1, await auth.CountAsync("mfa_factors"));
        Assert.Equal(1, await auth.CountAsync("mfa_challenges"));
        await AssertUnchangedAsync(auth);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Verify_attempts_are_rate_limited_per_factor(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine, MfaSteps.TotpOn(),
            o => o with { RateLimits = AuthRateLimits.Default with { MfaVerifyPerFactor = new RateLimitRule(3, TimeSpan.FromMinutes(5)) } });
        var session = await auth.SignedInAsync("limit@example.com");
        var factor = await auth.EnrollAsync(session);
        var who = await auth.Who(session);
        var challenge = await auth.ChallengeAsync(session, factor.Factor.Id);
        var wrong = auth.Code(factor.Secret) == "000000" ? "111111" : "000000";

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("mfa_verification_failed", (await auth.Service.Mfa.VerifyAsync(who, factor.Factor.Id, challenge, wrong, Client, default)).Error!.Code);
        }
        var limited = await auth.Service.Mfa.VerifyAsync(who, factor.Factor.Id, challenge, auth.Code(factor.Secret), Client, default);
        Assert.Equal((429, "over_request_rate_limit"), Code(limited));
        await AssertUnchangedAsync(auth);
    }

    private static async Task AssertUnchangedAsync(AuthHarness auth)
    {
        Assert.Equal(0, await auth.CountAsync("mfa_factors", "status = 'verified'"));
        Assert.Equal(0, await auth.CountAsync("sessions", "aal = 'aal2'"));
        Assert.Equal(0, await auth.CountAsync("mfa_challenges", "verified_at IS NOT NULL"));
    }

    private static (int, string) Code<T>(AuthResult<T> result) => (result.Error!.Status, result.Error.Code);
}
