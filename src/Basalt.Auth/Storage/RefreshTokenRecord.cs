namespace Basalt.Auth.Storage;

/// <summary>One row of <c>auth.refresh_tokens</c>; <see cref="UpdatedAt"/> of a revoked token is when it was revoked.</summary>
public sealed record RefreshTokenRecord(long Id, Guid UserId, Guid SessionId, long? Parent, bool Revoked, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
