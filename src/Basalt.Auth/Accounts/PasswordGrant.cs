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
            return AuthErrors.InvalidCredentials;
        }
        if (!hasher.Verify(password, user.EncryptedPassword))
        {
            return AuthErrors.InvalidCredentials;
        }
        var now = time.GetUtcNow();
        if (!user.IsEmailConfirmed)
        {
            return AuthErrors.EmailNotConfirmed;
        }
        if (user.IsBanned(now))
        {
            return AuthErrors.UserBanned;
        }
        return await database.InTransactionAsync(async tx =>
        {
            await AuditLog.WriteAsync(tx, AuditEvent.Login(user, "password"), client, now);
            AuthResult<AuthSession> session = await sessions.StartAsync(tx, user, "password", client, now);
            return session;
        }, ct);
    }
}
