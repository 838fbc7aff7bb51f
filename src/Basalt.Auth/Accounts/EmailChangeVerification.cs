using Basalt.Auth.Errors;
using Basalt.Auth.RateLimiting;
using Basalt.Auth.Sessions;
using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;

namespace Basalt.Auth.Accounts;

/// <summary>What confirming one link of an email change did: moved the address (a session), or accepted one half.</summary>
public sealed record EmailChangeOutcome(AuthSession? Session, string? Message)
{
    /// <summary>For the last half's link of a PKCE client: the code its browser exchanges (<see cref="MailPkce"/>), no session.</summary>
    public string? Code { get; init; }

    /// <summary>GoTrue's words for the first of two halves, which <c>POST /verify</c> answers as <c>{msg, code: 200}</c>.</summary>
    public const string OtherHalfPending = "Confirmation link accepted. Please proceed to confirm link sent to the other email";
}

/// <summary>
/// <c>/verify type=email_change</c>, by link token or by address and code (the address the code was mailed to, current
/// or new). A token works once and for <see cref="AuthOptions.ConfirmationLifetime"/>, and only while the change it was
/// issued for is still the pending one. A used half keeps its row, code-less, as the record that it was confirmed
/// (<see cref="OneTimeTokenStore.MarkUsedAsync"/>). While the other half still holds its code the answer is
/// <see cref="EmailChangeOutcome.OtherHalfPending"/>; the last half moves the user to the new address (confirmed, since
/// a mail to it was answered) and starts a session. Tokens tied to the old address stop working with it.
/// </summary>
public sealed class EmailChangeVerification(AuthDatabase database, AuthOptions options, SessionIssuer sessions, AuthRateLimiter limiter, TimeProvider time)
{
    /// <summary>How many users with the same pending address a code is tried against (a code's hash is salted per user).</summary>
    private const int MaxCandidates = 16;

    public Task<AuthResult<EmailChangeOutcome>> VerifyTokenAsync(string token, AuthClient client, CancellationToken ct) =>
        VerifyAsync(token, pkce: false, client, ct);

    /// <summary>The mailed link (<c>GET /verify</c>): a <c>pkce_</c> token's last half ends in a code, not a session.</summary>
    public Task<AuthResult<EmailChangeOutcome>> VerifyLinkAsync(string token, AuthClient client, CancellationToken ct) =>
        VerifyAsync(token, MailPkce.IsPkceToken(token), client, ct);

    private async Task<AuthResult<EmailChangeOutcome>> VerifyAsync(string token, bool pkce, AuthClient client, CancellationToken ct)
    {
        if (await limiter.VerifyAsync(client, null, ct) is { } limited)
        {
            return limited;
        }
        return await database.InTransactionAsync(async tx =>
            await ConfirmAsync(tx, await OneTimeTokenStore.FindByHashAsync(tx, Secrets.Sha256Hex(token)), pkce, client), ct);
    }

    public async Task<AuthResult<EmailChangeOutcome>> VerifyCodeAsync(string email, string code, AuthClient client, CancellationToken ct)
    {
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
            var candidates = new List<UserRecord>(await UserStore.FindByEmailChangeAsync(tx, normalized, MaxCandidates));
            if (await UserStore.FindByEmailAsync(tx, normalized) is { } owner)
            {
                candidates.Add(owner);
            }
            OneTimeTokenRecord? match = null;
            foreach (var user in candidates)
            {
                var hash = LinkTokens.CodeHash(user.Id, code.Trim());
                foreach (var kind in (string[])[OneTimeTokenStore.EmailChangeCurrent, OneTimeTokenStore.EmailChangeNew])
                {
                    var pending = await OneTimeTokenStore.FindForUserAsync(tx, user.Id, kind);
                    if (pending is not null && pending.RelatesTo == normalized && Secrets.FixedTimeEquals(pending.OtpHash, hash))
                    {
                        match = pending;
                    }
                }
            }
            return await ConfirmAsync(tx, match, pkce: false, client);
        }, ct);
    }

    private async Task<AuthResult<EmailChangeOutcome>> ConfirmAsync(AuthTransaction tx, OneTimeTokenRecord? token, bool pkce, AuthClient client)
    {
        var now = time.GetUtcNow();
        if (token is null || token.TokenType is not (OneTimeTokenStore.EmailChangeCurrent or OneTimeTokenStore.EmailChangeNew)
            || now - token.CreatedAt > options.ConfirmationLifetime || !await OneTimeTokenStore.MarkUsedAsync(tx, token.Id, now)
            || await UserStore.FindByIdAsync(tx, token.UserId) is not { EmailChange: { } newEmail } user
            || token.RelatesTo != (token.TokenType == OneTimeTokenStore.EmailChangeNew ? newEmail : user.Email))
        {
            return AuthErrors.OtpExpired;
        }
        var other = token.TokenType == OneTimeTokenStore.EmailChangeNew ? OneTimeTokenStore.EmailChangeCurrent : OneTimeTokenStore.EmailChangeNew;
        // The halves issued together are the halves required: one still holding its code is not confirmed yet.
        if (await OneTimeTokenStore.FindForUserAsync(tx, user.Id, other) is { OtpHash: not null })
        {
            return new EmailChangeOutcome(null, EmailChangeOutcome.OtherHalfPending);
        }
        if (await UserStore.FindByEmailAsync(tx, newEmail) is not null)
        {
            // Someone signed up with the address after the change was asked for.
            return AuthErrors.EmailExists;
        }
        if (!await UserStore.ApplyEmailChangeAsync(tx, user.Id, newEmail, now))
        {
            return AuthErrors.OtpExpired;
        }
        await OneTimeTokenStore.DeleteForUserAsync(tx, user.Id, OneTimeTokenStore.EmailChangeCurrent);
        await OneTimeTokenStore.DeleteForUserAsync(tx, user.Id, OneTimeTokenStore.EmailChangeNew);
        var changed = user with
        {
            Email = newEmail,
            EmailChange = null,
            EmailChangeSentAt = null,
            EmailConfirmedAt = user.EmailConfirmedAt ?? Values.Truncate(now),
            UpdatedAt = Values.Truncate(now),
        };
        await AuditLog.WriteAsync(tx, AuditEvent.Modified(changed), client, now);
        if (pkce)
        {
            return await MailPkce.IssueCodeAsync(tx, changed.Id, options.ConfirmationLifetime, now) is { } code
                ? new EmailChangeOutcome(null, null) { Code = code }
                : AuthErrors.FlowStateNotFound;
        }
        await AuditLog.WriteAsync(tx, AuditEvent.Login(changed, "otp"), client, now);
        return new EmailChangeOutcome(await sessions.StartAsync(tx, changed, "otp", client, now), null);
    }
}
