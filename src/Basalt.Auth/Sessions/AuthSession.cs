using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;

namespace Basalt.Auth.Sessions;

/// <summary>What a successful sign-in, refresh or verification hands the client: GoTrue's token response.</summary>
public sealed record AuthSession(IssuedAccessToken AccessToken, string RefreshToken, UserRecord User, Guid SessionId);
