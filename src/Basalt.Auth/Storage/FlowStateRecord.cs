namespace Basalt.Auth.Storage;

/// <summary>A PKCE sign-in of <see cref="UserId"/> through <see cref="Provider"/>, exchangeable with the verifier of <see cref="CodeChallenge"/>.</summary>
public sealed record FlowStateRecord(Guid Id, Guid UserId, string CodeChallenge, string Method, string Provider, DateTimeOffset CreatedAt)
{
    /// <summary>The provider's access token, sealed (<see cref="Tokens.SecretSealer"/>) with this flow's id; null for mail flows.</summary>
    public string? ProviderAccessToken { get; init; }
}
