using Basalt.Auth.Errors;
using Basalt.Auth.Passwords;
using Basalt.Auth.RateLimiting;
using Basalt.Auth.Sessions;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Accounts;

/// <summary>
/// <c>POST /token?grant_type=password</c>. An unknown address and a wrong password give the same answer
/// (<c>invalid_credentials</c>) after the same work (a decoy hash is verified for unknown addresses). Only a correct
/// password learns that the address is unconfirmed (<c>email_not_confirmed</c>), as in GoTrue.
/// </summary>
public sealed class PasswordGrant(AuthDatabase database, PasswordHasher hasher, SessionIssuer sessions, AuthRateLimiter limiter, TimeProvider time)
{
    public async Task<AuthResult<AuthSession>> SignInAsync(string? email, string? password, AuthClient client, CancellationToken ct)
    {
        var normalized = EmailAddress.Normalize(email);
        if (await limiter.SignInAsync(client, normalized, ct) is { } limited)
        {
            return limited;
        }
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(password))
        {
            return AuthErrors.Validation("missing email or phone");
        }
        if (password.Length > PasswordPolicy.MaxLength)
        {
            return AuthErrors.InvalidCredentials;
        }
        var user = normalized is null ? null : await database.InTransactionAsync(tx => UserStore.FindByEmailAsync(tx, normalized), ct);
        if (user is null)
        {
            hasher.VerifyDecoy(password);
            return await RefusedAsync(null, normalized, AuthErrors.InvalidCredentials, client, ct);
        }
        if (!hasher.Verify(password, user.EncryptedPassword))
        {
            return await RefusedAsync(user, normalized, AuthErrors.InvalidCredentials, client, ct);
        }
        var now = time.GetUtcNow();
        if (!user.IsEmailConfirmed)
        {
            return await RefusedAsync(user, normalized, AuthErrors.EmailNotConfirmed, client, ct);
        }
        if (user.IsBanned(now))
        {
            return await RefusedAsync(user, normalized, AuthErrors.UserBanned, client, ct);
        }
        return await database.InTransactionAsync(async tx =>
        {
            await AuditLog.WriteAsync(tx, AuditEvent.Login(user, "password"), client, now);
            AuthResult<AuthSession> session = await sessions.StartAsync(tx, user, "password", client, now);
            return session;
        }, ct);
    }

    /// <summary>
    /// Records a refused sign-in and answers with <paramref name="error"/>. Known and unknown addresses write the same
    /// one row, so the log adds no difference a caller could time.
    /// </summary>
    private async Task<AuthResult<AuthSession>> RefusedAsync(UserRecord? user, string? email, AuthError error, AuthClient client, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await database.InTransactionAsync(async tx =>
        {
            await AuditLog.WriteAsync(tx, AuditEvent.LoginFailed(user, email, error.Code), client, now);
            return true;
        }, ct);
        return error;
    }
}
