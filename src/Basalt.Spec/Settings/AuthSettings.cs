namespace Basalt.Spec.Settings;

public sealed record AuthSettings(string SiteUrl, JwtSettings Jwt, EmailSettings Email, PasswordSettings Password)
{
    /// <summary>The secret used when a spec has no <c>auth</c> section: fine for a laptop, refused nowhere, printed as a warning by <c>serve</c>.</summary>
    public const string DevelopmentSecret = "dev-only-secret-change-me-0123456789";

    public static AuthSettings Default { get; } = new(
        "http://localhost:3000",
        new JwtSettings(DevelopmentSecret, TimeSpan.FromHours(1), TimeSpan.FromDays(30)),
        new EmailSettings(Confirm: true, Smtp: null),
        new PasswordSettings(MinLength: 8));

    public IReadOnlyList<OAuthProviderSettings> Providers { get; init; } = [];

    public bool MfaTotp { get; init; }

    /// <summary>Auth rate limits the spec sets, by name (<c>sign_in_per_ip</c>, …); the others keep their defaults.</summary>
    public IReadOnlyDictionary<string, Schema.RateLimitRule> RateLimits { get; init; } = new Dictionary<string, Schema.RateLimitRule>();

    /// <summary>Redirect URLs (beyond <see cref="SiteUrl"/>) that sign-in flows may return to.</summary>
    public IReadOnlyList<string> RedirectUrls { get; init; } = [];
}
