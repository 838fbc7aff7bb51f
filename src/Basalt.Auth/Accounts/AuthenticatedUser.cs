using Basalt.Auth.Storage;

namespace Basalt.Auth.Accounts;

/// <summary>The bearer of a verified access token: the user and, when the token names one, the session.</summary>
public sealed record AuthenticatedUser(UserRecord User, SessionRecord? Session);
