using System.Text.Json.Nodes;

namespace Basalt.Auth.Accounts;

/// <summary>
/// Who a provider says signed in: its account id (<see cref="Subject"/>), the address and whether the provider verified
/// it, and the profile claims kept as the identity's data (name, picture, …).
/// </summary>
public sealed record ExternalProfile(string Provider, string Subject, string? Email, bool EmailVerified, JsonObject Claims)
{
    /// <summary>The provider's access token, handed to the app as <c>provider_token</c> (kept sealed until a PKCE code is exchanged).</summary>
    public string? ProviderToken { get; init; }
}
