using Basalt.Auth.Errors;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Accounts;

/// <summary>
/// <c>POST /logout?scope=</c>: <c>global</c> (the default) ends every session of the user, <c>local</c> the token's
/// own, <c>others</c> every other one. Ending a session deletes it with its refresh tokens; its access tokens then fail
/// on <c>/user</c> with <c>session_not_found</c>.
/// </summary>
public sealed class SignOut(AuthDatabase database, TimeProvider time)
{
    public static IReadOnlyList<string> Scopes { get; } = ["global", "local", "others"];

    public async Task<AuthError?> SignOutAsync(AuthenticatedUser who, string? scope, AuthClient client, CancellationToken ct)
    {
        scope = string.IsNullOrEmpty(scope) ? "global" : scope;
        if (!Scopes.Contains(scope))
        {
            return AuthErrors.Validation($"Unsupported logout scope \"{scope}\": use global, local or others");
        }
        var now = time.GetUtcNow();
        await database.InTransactionAsync(async tx =>
        {
            var user = who.User;
            var ended = (scope, who.Session) switch
            {
                ("local", { } session) => await SessionStore.DeleteAsync(tx, session.Id),
                ("others", { } session) => await SessionStore.DeleteOthersAsync(tx, user.Id, session.Id),
                ("global", _) => await SessionStore.DeleteForUserAsync(tx, user.Id),
                _ => 0,
            };
            await AuditLog.WriteAsync(tx, AuditEvent.Logout(user, scope), client, now);
            return ended;
        }, ct);
        return null;
    }
}
