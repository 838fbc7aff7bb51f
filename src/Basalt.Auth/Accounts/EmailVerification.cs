using Basalt.Auth.Errors;
using Basalt.Auth.RateLimiting;
using Basalt.Auth.Sessions;
using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;

namespace Basalt.Auth.Accounts;

/// <summary>
/// <c>/verify</c> for sign-up confirmations, invitations, recovery and magic links (email changes have
/// <see cref="EmailChangeVerification"/>): by the link's token (<c>token</c> of <c>GET /verify</c>, <c>token_hash</c> of
/// <c>POST /verify</c>) or by email and six-digit code. As in GoTrue, <c>signup</c> and <c>invite</c> match confirmation tokens, <c>recovery</c> and <c>magiclink</c> match recovery tokens, and <c>email</c> (the code form)
/// either. A token works once, for <see cref="AuthOptions.ConfirmationLifetime"/>; a wrong, used or expired one is
/// <c>otp_expired</c>. Success confirms the address if it was not yet and starts a session (method <c>otp</c>). Codes
/// are rate limited per address as well as per IP, which bounds guessing.
/// </summary>
public sealed class EmailVerification(AuthDatabase database, AuthOptions options, SessionIssuer sessions, AuthRateLimiter limiter, TimeProvider time)
{
    /// <summary>GoTrue's verification types; the phone ones have no tokens (Basalt sends no SMS).</summary>
    public static IReadOnlyList<string> KnownTypes { get; } = ["signup", "invite", "magiclink", "recovery", "email_change", "email", "sms", "phone_change"];

    public static bool IsConfirmation(string type) => type is "signup" or "email";

    /// <summary>The token kinds a verification type accepts.</summary>
    public static IReadOnlyList<string> KindsOf(string type) => type switch
    {
        "signup" or "invite" => [OneTimeTokenStore.Confirmation],
        "recovery" or "magiclink" => [OneTimeTokenStore.Recovery],
        "email" => [OneTimeTokenStore.Confirmation, OneTimeTokenStore.Recovery],
        _ => [],
    };

    public async Task<AuthResult<AuthSession>> VerifyTokenAsync(string type, string token, AuthClient client, CancellationToken ct) =>
        SessionOf(await VerifyAsync(type, token, pkce: false, client, ct));

    /// <summary>
    /// The mailed link (<c>GET /verify</c>): a session, or for a <c>pkce_</c> token of a PKCE client the code of its
    /// flow instead (<see cref="MailPkce"/>); 404 <c>flow_state_not_found</c> when that flow is gone.
    /// </summary>
    public Task<AuthResult<LinkOutcome>> VerifyLinkAsync(string type, string token, AuthClient client, CancellationToken ct) =>
        VerifyAsync(type, token, MailPkce.IsPkceToken(token), client, ct);

    private async Task<AuthResult<LinkOutcome>> VerifyAsync(string type, string token, bool pkce, AuthClient client, CancellationToken ct)
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
            await ConfirmAsync(tx, type, await OneTimeTokenStore.FindByHashAsync(tx, Secrets.Sha256Hex(token)), pkce, client), ct);
    }

    private static AuthResult<AuthSession> SessionOf(AuthResult<LinkOutcome> outcome) => outcome.IsSuccess ? outcome.Value.Session! : outcome.Error;

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
            var hash = LinkTokens.CodeHash(user.Id, code.Trim());
            OneTimeTokenRecord? match = null;
            foreach (var kind in KindsOf(type))
            {
                var pending = await OneTimeTokenStore.FindForUserAsync(tx, user.Id, kind);
                if (pending is not null && Secrets.FixedTimeEquals(pending.OtpHash, hash))
                {
                    match = pending;
                }
            }
            return SessionOf(await ConfirmAsync(tx, type, match, pkce: false, client));
        }, ct);
    }

    private static AuthError? Refuse(string type) =>
        !KnownTypes.Contains(type) ? AuthErrors.Validation("Unsupported verification type")
        // The phone kinds have no tokens, and email changes are verified elsewhere: none can match here.
        : KindsOf(type).Count == 0 ? AuthErrors.OtpExpired
        : null;

    private async Task<AuthResult<LinkOutcome>> ConfirmAsync(AuthTransaction tx, string type, OneTimeTokenRecord? token, bool pkce, AuthClient client)
    {
        var now = time.GetUtcNow();
        if (token is null || !KindsOf(type).Contains(token.TokenType) || now - token.CreatedAt > options.ConfirmationLifetime
            || !await OneTimeTokenStore.DeleteAsync(tx, token.Id) || await UserStore.FindByIdAsync(tx, token.UserId) is not { } user
            || user.Email != token.RelatesTo)
        {
            return AuthErrors.OtpExpired;
        }
        var confirmed = user;
        if (!user.IsEmailConfirmed)
        {
            // A recovery or magic link proves the address as well as a confirmation does (GoTrue confirms there too).
            await UserStore.ConfirmEmailAsync(tx, user.Id, now);
            confirmed = user with { EmailConfirmedAt = Values.Truncate(now), UpdatedAt = Values.Truncate(now) };
            await AuditLog.WriteAsync(tx, AuditEvent.SignedUp(confirmed), client, now);
        }
        if (pkce)
        {
            return await MailPkce.IssueCodeAsync(tx, confirmed.Id, options.ConfirmationLifetime, now) is { } code
                ? new LinkOutcome(null, code)
                : AuthErrors.FlowStateNotFound;
        }
        await AuditLog.WriteAsync(tx, AuditEvent.Login(confirmed, "otp"), client, now);
        return new LinkOutcome(await sessions.StartAsync(tx, confirmed, "otp", client, now), null);
    }
}
