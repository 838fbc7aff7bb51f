using System.Text.Json;
using Basalt.Auth.Errors;
using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;

namespace Basalt.Auth.Accounts;

/// <summary>
/// The user behind <c>Authorization: Bearer</c> on <c>/user</c> and <c>/logout</c>, as GoTrue checks it: none is
/// <c>no_authorization</c> (401); a token that fails <see cref="AccessTokenValidator"/> (signature, algorithm, expiry,
/// audience) or lacks <c>exp</c> or <c>sub</c> is <c>bad_jwt</c> (403); a user or session that no longer exists is
/// <c>user_not_found</c> / <c>session_not_found</c> (403), so signing out ends the access tokens of that session too.
/// </summary>
public sealed class UserAuthenticator(AuthDatabase database, AccessTokenValidator validator)
{
    public async Task<AuthResult<AuthenticatedUser>> AuthenticateAsync(string? bearer, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(bearer))
        {
            return AuthErrors.NoAuthorization;
        }
        var check = validator.Validate(bearer);
        if (!check.IsValid)
        {
            return AuthErrors.BadJwt((check.Error.Details ?? check.Error.Message).ToLowerInvariant());
        }
        var claims = check.Claims.Payload;
        if (!claims.TryGetProperty("exp", out var exp) || exp.ValueKind != JsonValueKind.Number)
        {
            return AuthErrors.BadJwt("token has no expiry");
        }
        if (check.Claims.Subject is not { } subject)
        {
            return AuthErrors.BadJwtClaim("missing sub claim");
        }
        if (!Guid.TryParseExact(subject, "D", out var userId))
        {
            return new AuthError(400, "bad_jwt", "invalid claim: sub claim must be a UUID");
        }
        Guid? sessionId = null;
        if (claims.TryGetProperty("session_id", out var sid) && sid.ValueKind == JsonValueKind.String)
        {
            if (!Guid.TryParseExact(sid.GetString(), "D", out var parsed))
            {
                return AuthErrors.BadJwtClaim("session_id claim must be a UUID");
            }
            sessionId = parsed;
        }
        return await database.InTransactionAsync<AuthResult<AuthenticatedUser>>(async tx =>
        {
            if (await UserStore.FindByIdAsync(tx, userId) is not { } user)
            {
                return AuthErrors.UserNotFound;
            }
            SessionRecord? session = null;
            if (sessionId is { } id && (session = await SessionStore.FindAsync(tx, id)) is null)
            {
                return AuthErrors.SessionNotFound;
            }
            return new AuthenticatedUser(user, session);
        }, ct);
    }
}
