using Basalt.Auth.Storage;

namespace Basalt.Auth.Accounts;

/// <summary>One link of an email change: the address it goes to, the <c>GET /verify</c> link, its code and raw token.</summary>
public sealed record EmailChangeLink(string Kind, string To, string Link, string Code, string Token);

/// <summary>
/// Issues the tokens of an email change (for <c>PUT /user</c> and <c>/admin/generate_link</c>): the new address is
/// recorded on the user and each kind of token — <see cref="OneTimeTokenStore.EmailChangeCurrent"/> to the current
/// address, <see cref="OneTimeTokenStore.EmailChangeNew"/> to the new one — replaces its predecessor. Moving to a
/// different address drops both earlier halves, so a half confirmed for one address never counts for another.
/// </summary>
public sealed class EmailChangeLinks(RedirectPolicy redirects)
{
    /// <summary>The kinds a change needs: both halves with secure change (when there is a current address), else the new one.</summary>
    public static IReadOnlyList<string> KindsFor(UserRecord user, bool secureChange) =>
        secureChange && !string.IsNullOrEmpty(user.Email)
            ? [OneTimeTokenStore.EmailChangeCurrent, OneTimeTokenStore.EmailChangeNew]
            : [OneTimeTokenStore.EmailChangeNew];

    public async Task<IReadOnlyList<EmailChangeLink>> IssueAsync(
        AuthTransaction tx, UserRecord user, string newEmail, IReadOnlyList<string> kinds, bool replaceAll, AuthClient client, string? redirectTo,
        DateTimeOffset now, PkceChallenge? pkce = null)
    {
        if (replaceAll || user.EmailChange != newEmail)
        {
            await OneTimeTokenStore.DeleteForUserAsync(tx, user.Id, OneTimeTokenStore.EmailChangeCurrent);
            await OneTimeTokenStore.DeleteForUserAsync(tx, user.Id, OneTimeTokenStore.EmailChangeNew);
        }
        await UserStore.SetEmailChangeAsync(tx, user.Id, newEmail, now);
        var redirect = Uri.EscapeDataString(redirects.Resolve(redirectTo));
        var links = new List<EmailChangeLink>(kinds.Count);
        foreach (var kind in kinds)
        {
            var to = kind == OneTimeTokenStore.EmailChangeCurrent ? user.Email! : newEmail;
            // The link that completes the change is the one that signs in, so each half carries the flow (one pending row).
            var (token, code) = await LinkTokens.IssueAsync(tx, user.Id, kind, to, now, pkce);
            links.Add(new EmailChangeLink(kind, to, $"{client.AuthUrl}/verify?token={Uri.EscapeDataString(token)}&type=email_change&redirect_to={redirect}", code, token));
        }
        return links;
    }
}
