using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;

namespace Basalt.Auth.Sessions;

/// <summary>What a successful sign-in, refresh or verification hands the client: GoTrue's token response.</summary>
public sealed record AuthSession(IssuedAccessToken AccessToken, string RefreshToken, UserRecord User, Guid SessionId)
{
    /// <summary>The user's MFA factors, listed in the token response's user (auth-js reads them for the next AAL).</summary>
    public IReadOnlyList<MfaFactorRecord> Factors { get; init; } = [];

    /// <summary>The user's provider identities (OAuth/OIDC), listed in the token response's user.</summary>
    public IReadOnlyList<IdentityRecord> Identities { get; init; } = [];

    /// <summary>The OAuth provider's access token of the sign-in that made this session (GoTrue's <c>provider_token</c>).</summary>
    public string? ProviderToken { get; init; }
}
