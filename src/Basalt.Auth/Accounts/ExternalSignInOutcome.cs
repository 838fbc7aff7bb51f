using Basalt.Auth.Sessions;

namespace Basalt.Auth.Accounts;

/// <summary>A provider sign-in's result: a session (implicit flow) or the one-time code of a PKCE flow.</summary>
public sealed record ExternalSignInOutcome(AuthSession? Session, string? AuthCode);
