namespace Basalt.Spec.Loading.Reading;

/// <summary>
/// Every key each part of the format accepts, in the order messages list them. One place for the readers, the
/// "valid: …" lists and the test that keeps <c>docs/basalt.schema.json</c> in step with the loader.
/// </summary>
internal static class SpecKeys
{
    public static IReadOnlyList<string> Top { get; } = ["version", "name", "database", "auth", "roles", "tables"];

    public static IReadOnlyList<string> Database { get; } = ["provider", "url", "replicas", "redis", "synchronous"];

    public static IReadOnlyList<string> Auth { get; } = ["site_url", "redirect_urls", "jwt", "email", "password", "providers", "mfa", "rate_limits"];

    /// <summary>The auth rate limits a spec may set (docs/auth.md, "Rate limits"), each <c>count/window</c>.</summary>
    public static IReadOnlyList<string> AuthRateLimits { get; } =
    [
        "sign_in_per_ip", "sign_in_per_account", "sign_up_per_ip", "verify_per_ip", "verify_per_account", "refresh_per_ip",
        "mail_per_ip", "mail_per_account", "mfa_verify_per_ip", "mfa_verify_per_factor",
    ];

    public static IReadOnlyList<string> Jwt { get; } = ["secret", "access_ttl", "refresh_ttl", "issuer", "signing_keys"];

    public static IReadOnlyList<string> SigningKey { get; } = ["kid", "alg", "status", "private_key", "private_key_file"];

    public static IReadOnlyList<string> Email { get; } = ["confirm", "smtp", "from", "secure_change"];

    public static IReadOnlyList<string> Password { get; } = ["min_length", "require"];

    public static IReadOnlyList<string> Provider { get; } = ["client_id", "client_secret", "issuer", "scopes"];

    public static IReadOnlyList<string> Mfa { get; } = ["totp"];

    public static IReadOnlyList<string> Table { get; } = ["columns", "indexes", "unique", "policies", "rate_limit", "cache", "description"];

    public static IReadOnlyList<string> Column { get; } =
    [
        "type", "primary", "generated", "nullable", "unique", "default", "references", "on_delete", "check",
        "min_length", "max_length", "pattern", "min", "max", "sensitive", "renamed_from", "description", "values",
        "precision", "scale",
    ];

    public static IReadOnlyList<string> Index { get; } = ["columns", "kind", "unique", "name"];

    public static IReadOnlyList<string> Cache { get; } = ["max_age"];

    public static IReadOnlyList<string> PolicyOperations { get; } = ["select", "insert", "update", "delete"];

    /// <summary>Each section of the format by the name its JSON Schema definition uses.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> BySection { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["spec"] = Top, ["database"] = Database, ["auth"] = Auth, ["jwt"] = Jwt, ["signing_key"] = SigningKey, ["email"] = Email,
        ["password"] = Password, ["provider"] = Provider, ["mfa"] = Mfa, ["auth_rate_limits"] = AuthRateLimits, ["table"] = Table, ["column"] = Column,
        ["index"] = Index, ["cache"] = Cache, ["policies"] = PolicyOperations,
    }.AsReadOnly();
}
