using System.Text.Json.Nodes;

namespace Basalt.Auth.Admin;

/// <summary>The body of <c>POST /admin/users</c> and <c>PUT /admin/users/{id}</c>, GoTrue's <c>AdminUserParams</c>; null means "not sent".</summary>
public sealed record AdminUserRequest(string? Email, string? Password)
{
    public bool? EmailConfirm { get; init; }

    public JsonObject? UserMetadata { get; init; }

    public JsonObject? AppMetadata { get; init; }

    /// <summary>A Go duration (<c>24h</c>, <c>90m</c>, <c>1h30m</c>) or <c>none</c> to lift a ban.</summary>
    public string? BanDuration { get; init; }
}
