using Basalt.Auth.Sessions;

namespace Basalt.Auth.Accounts;

/// <summary>What a mailed link gave: a session, or for a PKCE client the one-time code its browser exchanges.</summary>
public sealed record LinkOutcome(AuthSession? Session, string? Code);
