namespace Basalt.Auth.Mfa;

/// <summary>A challenge handed to the client: its id, the factor type and when it stops being accepted.</summary>
public sealed record MfaChallenge(Guid Id, string FactorType, DateTimeOffset ExpiresAt);
