using Basalt.Auth.Errors;
using Basalt.Auth.Mail;
using Basalt.Auth.RateLimiting;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Accounts;

/// <summary>
/// <c>POST /recover</c>: queues a recovery mail (link to <c>GET /verify?type=recovery</c> and a code for
/// <c>POST /verify</c>). The answer is the same empty 200 for an unknown address as for a known one, and the per-address
/// limit counts both, so neither the answer nor a 429 tells who has an account (GoTrue does the same for the answer).
/// </summary>
public sealed class PasswordRecovery(AuthDatabase database, OneTimeMailer mailer, MailOutbox outbox, AuthRateLimiter limiter, TimeProvider time)
{
    public Task<AuthError?> RecoverAsync(string? email, string? redirectTo, AuthClient client, CancellationToken ct) =>
        RecoverAsync(email, redirectTo, client, null, ct);

    /// <summary>With a PKCE client's challenge, the mailed link leads to a code instead of a session (<see cref="MailPkce"/>).</summary>
    public async Task<AuthError?> RecoverAsync(string? email, string? redirectTo, AuthClient client, PkceChallenge? pkce, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(email))
        {
            return AuthErrors.Validation("Password recovery requires an email");
        }
        if (EmailAddress.Normalize(email) is not { } normalized)
        {
            return AuthErrors.InvalidEmail;
        }
        if (await limiter.MailAsync(client, normalized, ct) is { } limited)
        {
            return limited;
        }
        var now = time.GetUtcNow();
        var queued = await database.InTransactionAsync<(long Id, OutgoingMail Mail)?>(async tx =>
        {
            if (await UserStore.FindByEmailAsync(tx, normalized) is not { } user)
            {
                return null;
            }
            await AuditLog.WriteAsync(tx, AuditEvent.RecoveryRequested(user), client, now);
            return await mailer.QueueLinkAsync(tx, user, "recovery", client, redirectTo, now, pkce);
        }, ct);
        if (queued is { } mail)
        {
            await outbox.DeliverAsync(mail.Id, mail.Mail, ct);
        }
        return null;
    }
}
