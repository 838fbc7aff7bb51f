namespace Basalt.Auth.Storage;

/// <summary>One row of <c>auth.mfa_factors</c>; <see cref="Secret"/> is the encrypted TOTP key as stored.</summary>
public sealed record MfaFactorRecord(Guid Id, Guid UserId, string? FriendlyName, string FactorType, string Status, string Secret, DateTimeOffset CreatedAt)
{
    public const string Verified = "verified";

    public const string Unverified = "unverified";

    public long? LastUsedStep { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? LastChallengedAt { get; init; }

    public bool IsVerified => Status == Verified;
}
