using Basalt.Auth.Errors;
using Basalt.Auth.Mail;
using Basalt.Auth.RateLimiting;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Accounts;

/// <summary>
/// The email half of <c>PUT /user</c>: the address stays as it is until the change is confirmed through
/// <c>/verify type=email_change</c> (see <see cref="EmailChangeVerification"/>); meanwhile the user shows it as
/// <c>new_email</c>. An address another user has is 422 <c>email_exists</c> — the signed-in user may learn that, as in
/// GoTrue. Mails are limited like recovery mails (per IP and per address) and to one per
/// <see cref="AuthOptions.ConfirmationResendInterval"/> for the same change.
/// </summary>
public sealed class EmailChangeRequest(AuthOptions options, EmailChangeLinks links, AuthRateLimiter limiter)
{
    /// <summary>Checks that can refuse before anything is written: the format and the rate limits.</summary>
    public async Task<AuthResult<string>> CheckAsync(string email, AuthClient client, CancellationToken ct)
    {
        if (EmailAddress.Normalize(email) is not { } normalized)
        {
            return AuthErrors.InvalidEmail;
        }
        return await limiter.MailAsync(client, normalized, ct) is { } limited ? limited : normalized;
    }

    /// <summary>Records the change and queues its mails in <paramref name="tx"/>; the caller delivers them after commit.</summary>
    public async Task<AuthResult<IReadOnlyList<(long Id, OutgoingMail Mail)>>> QueueAsync(
        AuthTransaction tx, UserRecord user, string newEmail, AuthClient client, string? redirectTo, DateTimeOffset now, PkceChallenge? pkce = null)
    {
        if (await UserStore.FindByEmailAsync(tx, newEmail) is not null)
        {
            return AuthErrors.EmailExists;
        }
        if (user.EmailChange == newEmail && user.EmailChangeSentAt is { } sent && now - sent < options.ConfirmationResendInterval)
        {
            return AuthErrors.OverEmailSendRateLimit(options.ConfirmationResendInterval - (now - sent));
        }
        var kinds = EmailChangeLinks.KindsFor(user, options.Settings.Email.SecureChange);
        var issued = await links.IssueAsync(tx, user, newEmail, kinds, replaceAll: true, client, redirectTo, now, pkce);
        var queued = new List<(long, OutgoingMail)>(issued.Count);
        foreach (var link in issued)
        {
            var mail = MailTemplates.ConfirmEmailChange(link.To, newEmail, link.Link, link.Code);
            queued.Add((await MailOutbox.EnqueueAsync(tx, mail, now), mail));
        }
        return queued;
    }
}
