using Basalt.Auth.Errors;
using Basalt.Auth.Mail;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Accounts;

/// <summary>
/// <c>GET /reauthenticate</c> (auth-js <c>reauthenticate()</c>): mails the signed-in user a six-digit nonce, stored hashed
/// as the user's reauthentication token, at most once per <see cref="AuthOptions.ConfirmationResendInterval"/>. GoTrue
/// asks for the nonce on a password change only with <c>secure_password_change</c> (<c>SECURITY_UPDATE_PASSWORD_REQUIRE_REAUTHENTICATION</c>)
/// on; it is off by default and Basalt has no such setting, so <c>PUT /user</c> never requires (nor checks) it yet.
/// </summary>
public sealed class Reauthentication(AuthDatabase database, AuthOptions options, OneTimeMailer mailer, MailOutbox outbox, TimeProvider time)
{
    public async Task<AuthError?> SendAsync(AuthenticatedUser who, AuthClient client, CancellationToken ct)
    {
        var user = who.User;
        if (string.IsNullOrEmpty(user.Email))
        {
            return new AuthError(422, "validation_failed", "Reauthentication requires the user to have an email or a phone number");
        }
        var now = time.GetUtcNow();
        (long Id, OutgoingMail Mail)? queued = null;
        var error = await database.InTransactionAsync<AuthError?>(async tx =>
        {
            var pending = await OneTimeTokenStore.FindForUserAsync(tx, user.Id, OneTimeTokenStore.Reauthentication);
            if (pending is not null && now - pending.CreatedAt < options.ConfirmationResendInterval)
            {
                return AuthErrors.OverEmailSendRateLimit(options.ConfirmationResendInterval - (now - pending.CreatedAt));
            }
            await AuditLog.WriteAsync(tx, AuditEvent.ReauthenticateRequested(user), client, now);
            queued = await mailer.QueueNonceAsync(tx, user, now);
            return null;
        }, ct);
        if (queued is { } mail)
        {
            await outbox.DeliverAsync(mail.Id, mail.Mail, ct);
        }
        return error;
    }
}
