using System.Text.Json.Nodes;

namespace Basalt.Auth.Accounts;

/// <summary>
/// Who a provider says signed in: its account id (<see cref="Subject"/>), the address and whether the provider verified
/// it, and the profile claims kept as the identity's data (name, picture, …).
/// </summary>
public sealed record ExternalProfile(string Provider, string Subject, string? Email, bool EmailVerified, JsonObject Claims);
