namespace Basalt.Spec.Settings;

/// <summary>One sign-in provider: <c>github</c>, <c>google</c>, or any OpenID Connect issuer.</summary>
public sealed record OAuthProviderSettings(string Name, string ClientId, string ClientSecret)
{
    /// <summary>The OIDC issuer URL; required for providers other than github and google.</summary>
    public string? Issuer { get; init; }

    public IReadOnlyList<string> Scopes { get; init; } = [];
}
