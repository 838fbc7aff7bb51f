using Basalt.Auth.Errors;
using Basalt.Auth.RateLimiting;
using Basalt.Auth.Sessions;
using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;

namespace Basalt.Auth.Accounts;

/// <summary>
/// <c>/verify</c> for sign-up confirmations: by the link's token (<c>token</c> of <c>GET /verify</c>, <c>token_hash</c>
/// of <c>POST /verify</c>) or by email and six-digit code. A token works once, for <see cref="AuthOptions.ConfirmationLifetime"/>;
/// a wrong, used or expired one is <c>otp_expired</c>. Success confirms the address and starts a session (method
/// <c>otp</c>). Codes are rate limited per address as well as per IP, which bounds guessing.
/// </summary>
public sealed class EmailVerification(AuthDatabase database, AuthOptions options, SessionIssuer sessions, AuthRateLimiter limiter, TimeProvider time)
{
    /// <summary>GoTrue's verification types; only <c>signup</c> (and <c>email</c>, its code form) have tokens so far.</summary>
    public static IReadOnlyList<string> KnownTypes { get; } = ["signup", "invite", "magiclink", "recovery", "email_change", "email", "sms", "phone_change"];

    public static bool IsConfirmation(string type) => type is "signup" or "email";

    public async Task<AuthResult<AuthSession>> VerifyTokenAsync(string type, string token, AuthClient client, CancellationToken ct)
    {
        if (Refuse(type) is { } refused)
        {
            return refused;
        }
        if (await limiter.VerifyAsync(client, null, ct) is { } limited)
        {
            return limited;
        }
        return await database.InTransactionAsync(async tx =>
            await ConfirmAsync(tx, await OneTimeTokenStore.FindByHashAsync(tx, Secrets.Sha256Hex(token)), client), ct);
    }

    public async Task<AuthResult<AuthSession>> VerifyCodeAsync(string type, string email, string code, AuthClient client, CancellationToken ct)
    {
        if (Refuse(type) is { } refused)
        {
            return refused;
        }
        var normalized = EmailAddress.Normalize(email);
        if (await limiter.VerifyAsync(client, normalized ?? email, ct) is { } limited)
        {
            return limited;
        }
        if (normalized is null)
        {
            return AuthErrors.OtpExpired;
        }
        return await database.InTransactionAsync(async tx =>
        {
            if (await UserStore.FindByEmailAsync(tx, normalized) is not { } user)
            {
                return AuthErrors.OtpExpired;
            }
            var pending = await OneTimeTokenStore.FindForUserAsync(tx, user.Id, OneTimeTokenStore.Confirmation);
            var matches = pending is not null && Secrets.FixedTimeEquals(pending.OtpHash, ConfirmationMailer.CodeHash(user.Id, code.Trim()));
            return await ConfirmAsync(tx, matches ? pending : null, client);
        }, ct);
    }

    private static AuthError? Refuse(string type) =>
        !KnownTypes.Contains(type) ? AuthErrors.Validation("Unsupported verification type")
        // The other kinds have no tokens yet (recovery, magic link, email change come later): none can match.
        : !IsConfirmation(type) ? AuthErrors.OtpExpired
        : null;

    private async Task<AuthResult<AuthSession>> ConfirmAsync(AuthTransaction tx, OneTimeTokenRecord? token, AuthClient client)
    {
        var now = time.GetUtcNow();
        if (token is null || token.TokenType != OneTimeTokenStore.Confirmation || now - token.CreatedAt > options.ConfirmationLifetime
            || !await OneTimeTokenStore.DeleteAsync(tx, token.Id) || await UserStore.FindByIdAsync(tx, token.UserId) is not { } user
            || user.Email != token.RelatesTo)
        {
            return AuthErrors.OtpExpired;
        }
        await UserStore.ConfirmEmailAsync(tx, user.Id, now);
        var confirmed = user with { EmailConfirmedAt = user.EmailConfirmedAt ?? Values.Truncate(now), UpdatedAt = Values.Truncate(now) };
        await AuditLog.WriteAsync(tx, AuditEvent.SignedUp(confirmed), client, now);
        await AuditLog.WriteAsync(tx, AuditEvent.Login(confirmed, "otp"), client, now);
        return await sessions.StartAsync(tx, confirmed, "otp", client, now);
    }
}
