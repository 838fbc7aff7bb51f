using Basalt.Auth.Mail;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Accounts;

/// <summary>
/// Queues a confirmation mail: a new link token and six-digit code replace the user's previous ones; only their hashes
/// are stored (the code's hash is salted with the user id, so equal codes of two users differ). The link goes to
/// <c>GET /verify</c> with the redirect the client asked for, once it is allowed.
/// </summary>
public sealed class ConfirmationMailer(RedirectPolicy redirects)
{
    /// <summary>Writes the token and the mail in <paramref name="tx"/>; returns the outbox row and mail to deliver after commit.</summary>
    public async Task<(long Id, OutgoingMail Mail)> QueueAsync(
        AuthTransaction tx, UserRecord user, AuthClient client, string? redirectTo, DateTimeOffset now, PkceChallenge? pkce = null)
    {
        var (token, code) = await LinkTokens.IssueAsync(tx, user.Id, OneTimeTokenStore.Confirmation, user.Email!, now, pkce);
        await UserStore.SetConfirmationSentAsync(tx, user.Id, now);
        var link = $"{client.AuthUrl}/verify?token={Uri.EscapeDataString(token)}&type=signup&redirect_to={Uri.EscapeDataString(redirects.Resolve(redirectTo))}";
        var mail = MailTemplates.ConfirmSignUp(user.Email!, link, code);
        return (await MailOutbox.EnqueueAsync(tx, mail, now), mail);
    }
}
