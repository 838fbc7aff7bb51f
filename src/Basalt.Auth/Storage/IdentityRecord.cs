using System.Text.Json.Nodes;

namespace Basalt.Auth.Storage;

/// <summary>One row of <c>auth.identities</c>: a provider account (<see cref="ProviderId"/> at <see cref="Provider"/>) of a user.</summary>
public sealed record IdentityRecord(Guid Id, string ProviderId, Guid UserId, string Provider, JsonObject IdentityData)
{
    public string? Email { get; init; }

    public DateTimeOffset? LastSignInAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
