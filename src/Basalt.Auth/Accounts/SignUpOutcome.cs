using Basalt.Auth.Sessions;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Accounts;

/// <summary>
/// What sign-up answers: a session when no confirmation is needed; otherwise the user without one (GoTrue answers
/// with the user object alone). <see cref="User"/> is a decoy when the email already belonged to a confirmed user,
/// so the answer does not tell whether an account exists.
/// </summary>
public sealed record SignUpOutcome(UserRecord User, AuthSession? Session, bool HasIdentity = true);
