namespace Basalt.Auth.RateLimiting;

/// <summary>
/// The limits of the endpoints an attacker would hammer, per client IP and per account (the email asked about), in
/// the spirit of GoTrue's defaults (30 sign-ins/sign-ups per 5 minutes per IP, 150 refreshes): every request counts,
/// successful or not. Documented in docs/auth.md.
/// </summary>
public sealed record AuthRateLimits(
    RateLimitRule SignInPerIp,
    RateLimitRule SignInPerAccount,
    RateLimitRule SignUpPerIp,
    RateLimitRule VerifyPerIp,
    RateLimitRule VerifyPerAccount,
    RateLimitRule RefreshPerIp)
{
    /// <summary><c>/recover</c> and <c>/otp</c> per client IP.</summary>
    public RateLimitRule MailPerIp { get; init; } = new(30, FiveMinutes);

    /// <summary>
    /// Recovery and magic-link mails per address asked about, known or not (so the answer never tells which addresses
    /// have accounts): GoTrue's <c>SMTP_MAX_FREQUENCY</c>, one mail a minute.
    /// </summary>
    public RateLimitRule MailPerAccount { get; init; } = new(1, TimeSpan.FromSeconds(60));

    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    /// <summary>MFA code attempts per client IP (every attempt counts).</summary>
    public RateLimitRule MfaVerifyPerIp { get; init; } = new(60, FiveMinutes);

    /// <summary>MFA code attempts per factor: bounds guessing a six-digit code to 10 tries per 5 minutes.</summary>
    public RateLimitRule MfaVerifyPerFactor { get; init; } = new(10, FiveMinutes);

    /// <summary>These limits with the spec's <c>auth.rate_limits</c> in place of the ones it names.</summary>
    public AuthRateLimits With(IReadOnlyDictionary<string, Spec.Schema.RateLimitRule> spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        RateLimitRule Pick(string name, RateLimitRule current) =>
            spec.TryGetValue(name, out var rule) ? new RateLimitRule(rule.Count, rule.Window) : current;
        return new AuthRateLimits(
            Pick("sign_in_per_ip", SignInPerIp),
            Pick("sign_in_per_account", SignInPerAccount),
            Pick("sign_up_per_ip", SignUpPerIp),
            Pick("verify_per_ip", VerifyPerIp),
            Pick("verify_per_account", VerifyPerAccount),
            Pick("refresh_per_ip", RefreshPerIp))
        {
            MailPerIp = Pick("mail_per_ip", MailPerIp),
            MailPerAccount = Pick("mail_per_account", MailPerAccount),
            MfaVerifyPerIp = Pick("mfa_verify_per_ip", MfaVerifyPerIp),
            MfaVerifyPerFactor = Pick("mfa_verify_per_factor", MfaVerifyPerFactor),
        };
    }

    public static AuthRateLimits Default { get; } = new(
        SignInPerIp: new(60, FiveMinutes),
        SignInPerAccount: new(10, FiveMinutes),
        SignUpPerIp: new(60, FiveMinutes),
        VerifyPerIp: new(60, FiveMinutes),
        VerifyPerAccount: new(10, FiveMinutes),
        RefreshPerIp: new(300, FiveMinutes));
}
