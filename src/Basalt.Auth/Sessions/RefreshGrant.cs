using Basalt.Auth.Errors;
using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;

namespace Basalt.Auth.Sessions;

/// <summary>
/// <c>grant_type=refresh_token</c> with rotation and reuse detection. A refresh token works once: using it revokes it
/// and returns its child. Using a revoked token again is what a stolen token looks like, so the whole session ends
/// (its row is deleted: every refresh token of it stops working, and so do its access tokens wherever the session is
/// checked, as on <c>/auth/v1/user</c>; REST, like PostgREST, trusts an access token until it expires) and the answer is
/// <c>refresh_token_already_used</c> — unless it comes within <see cref="AuthOptions.RefreshTokenReuseInterval"/> of
/// the rotation, GoTrue's allowance for a client racing itself, which gets another child. (GoTrue answers that race with
/// the same child; Basalt stores only hashes and cannot, so it issues a sibling.) A token unused for
/// <c>auth.jwt.refresh_ttl</c> has expired (<c>session_expired</c>), as has one of a session past its <c>not_after</c>.
/// </summary>
public sealed class RefreshGrant(AuthDatabase database, SessionIssuer sessions, AuthOptions options, TimeProvider time)
{
    public Task<AuthResult<AuthSession>> RefreshAsync(string refreshToken, AuthClient client, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return database.InTransactionAsync<AuthResult<AuthSession>>(async tx =>
        {
            var token = await RefreshTokenStore.FindByHashAsync(tx, Secrets.Sha256Hex(refreshToken));
            if (token is null || await SessionStore.FindAsync(tx, token.SessionId) is not { } session
                || await UserStore.FindByIdAsync(tx, token.UserId) is not { } user)
            {
                return AuthErrors.RefreshTokenNotFound;
            }
            if (session.NotAfter is { } notAfter && notAfter <= now || now - token.CreatedAt > options.Settings.Jwt.RefreshTtl)
            {
                await SessionStore.DeleteAsync(tx, session.Id);
                return AuthErrors.SessionExpired;
            }
            if (user.IsBanned(now))
            {
                return AuthErrors.UserBanned;
            }
            if (token.Revoked || !await RefreshTokenStore.RevokeAsync(tx, token.Id, now))
            {
                // Revoked before, or by a concurrent request a moment ago (then it counts as revoked now).
                var revokedAt = token.Revoked ? token.UpdatedAt : now;
                if (now - revokedAt > options.RefreshTokenReuseInterval)
                {
                    await SessionStore.DeleteAsync(tx, session.Id);
                    await AuditLog.WriteAsync(tx, AuditEvent.TokenRevoked(user.Id, "refresh_token_reused"), client, now);
                    return AuthErrors.RefreshTokenAlreadyUsed;
                }
            }
            await SessionStore.MarkRefreshedAsync(tx, session.Id, now, client.UserAgent, client.Ip);
            await AuditLog.WriteAsync(tx, AuditEvent.TokenRefreshed(user), client, now);
            return await sessions.IssueAsync(tx, user, session, token.Id, client, now);
        }, cancellationToken);
    }
}
