namespace Basalt.Auth.ApiKeys;

/// <summary>One row of <c>auth.api_keys</c>, without its hash: what lists and the admin API show.</summary>
public sealed record ApiKeyRecord(Guid Id, string Name, string Prefix, string Role, DateTimeOffset CreatedAt)
{
    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; init; }

    public long UseCount { get; init; }

    public bool IsUsable(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is not { } expires || expires > now);
}
