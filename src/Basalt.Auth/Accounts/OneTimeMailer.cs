using Basalt.Auth.Mail;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Accounts;

/// <summary>
/// Queues the mails of the flows after sign-up — recovery, magic link, reauthentication — the way
/// <see cref="ConfirmationMailer"/> queues confirmations: a new link token and six-digit code replace the user's
/// previous ones of that kind, only their hashes are stored, and the mail is written in the caller's transaction.
/// </summary>
public sealed class OneTimeMailer(RedirectPolicy redirects)
{
    /// <summary>A recovery mail (<c>type=recovery</c> link) or a magic link (<c>type=magiclink</c>); both are GoTrue's recovery token.</summary>
    public async Task<(long Id, OutgoingMail Mail)> QueueLinkAsync(
        AuthTransaction tx, UserRecord user, string verifyType, AuthClient client, string? redirectTo, DateTimeOffset now, PkceChallenge? pkce = null)
    {
        var (token, code) = await LinkTokens.IssueAsync(tx, user.Id, OneTimeTokenStore.Recovery, user.Email!, now, pkce);
        await UserStore.SetRecoverySentAsync(tx, user.Id, now);
        var link = $"{client.AuthUrl}/verify?token={Uri.EscapeDataString(token)}&type={verifyType}&redirect_to={Uri.EscapeDataString(redirects.Resolve(redirectTo))}";
        var mail = verifyType == "recovery" ? MailTemplates.ResetPassword(user.Email!, link, code) : MailTemplates.SignInWithLink(user.Email!, link, code);
        return (await MailOutbox.EnqueueAsync(tx, mail, now), mail);
    }

    /// <summary>A reauthentication nonce: a code only (its link token is stored hashed but never sent, so no link can match).</summary>
    public async Task<(long Id, OutgoingMail Mail)> QueueNonceAsync(AuthTransaction tx, UserRecord user, DateTimeOffset now)
    {
        var (_, code) = await LinkTokens.IssueAsync(tx, user.Id, OneTimeTokenStore.Reauthentication, user.Email!, now);
        var mail = MailTemplates.Reauthenticate(user.Email!, code);
        return (await MailOutbox.EnqueueAsync(tx, mail, now), mail);
    }
}
