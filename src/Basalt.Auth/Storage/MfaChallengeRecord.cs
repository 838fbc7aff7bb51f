namespace Basalt.Auth.Storage;

/// <summary>One row of <c>auth.mfa_challenges</c>.</summary>
public sealed record MfaChallengeRecord(Guid Id, Guid FactorId, DateTimeOffset CreatedAt, DateTimeOffset? VerifiedAt, string? IpAddress);
