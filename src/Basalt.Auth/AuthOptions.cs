using Basalt.Auth.Passwords;
using Basalt.Auth.RateLimiting;
using Basalt.Spec.Settings;

namespace Basalt.Auth;

/// <summary>
/// What the auth core runs with: the spec's <c>auth</c> settings (its rate limits included) and the constants GoTrue
/// makes configurable but the spec does not (yet). Tests lower the costs and limits; <c>basalt serve</c> uses the
/// spec's (docs/auth.md).
/// </summary>
public sealed record AuthOptions(AuthSettings Settings)
{
    public Argon2idParameters PasswordHashing { get; init; } = Argon2idParameters.Owasp;

    /// <summary>The defaults with the spec's <c>auth.rate_limits</c> in place of those it names.</summary>
    public AuthRateLimits RateLimits { get; init; } = AuthRateLimits.Default.With(Settings.RateLimits);

    /// <summary>
    /// GoTrue's <c>REFRESH_TOKEN_REUSE_INTERVAL</c> (default 10 s): a rotated refresh token used again this soon after
    /// its rotation is a client racing itself (two tabs), not a thief, and gets a fresh token instead of ending the session.
    /// </summary>
    public TimeSpan RefreshTokenReuseInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a confirmation link and code stay valid (GoTrue's <c>MAILER_OTP_EXP</c>: one day).</summary>
    public TimeSpan ConfirmationLifetime { get; init; } = TimeSpan.FromDays(1);

    /// <summary>The least time between two confirmation mails to one user (GoTrue's <c>SMTP_MAX_FREQUENCY</c>: 60 s).</summary>
    public TimeSpan ConfirmationResendInterval { get; init; } = TimeSpan.FromSeconds(60);
}
