using System.Text.Json.Nodes;

namespace Basalt.Auth.Storage;

/// <summary>
/// One row of <c>auth.sessions</c>. <see cref="Amr"/> is the session's authentication methods (GoTrue keeps them in
/// <c>mfa_amr_claims</c>): a JSON array of <c>{method, timestamp}</c> copied into every access token of the session.
/// </summary>
public sealed record SessionRecord(Guid Id, Guid UserId, DateTimeOffset CreatedAt)
{
    public string Aal { get; init; } = "aal1";

    public JsonArray Amr { get; init; } = [];

    public DateTimeOffset? NotAfter { get; init; }

    public DateTimeOffset? RefreshedAt { get; init; }

    public string? UserAgent { get; init; }

    public string? Ip { get; init; }
}
