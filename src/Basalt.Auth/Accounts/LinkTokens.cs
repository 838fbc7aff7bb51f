using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;

namespace Basalt.Auth.Accounts;

/// <summary>
/// What every mailed (or admin-generated) link carries: a link token and a six-digit code, replacing the user's
/// previous pair of that kind. Only their hashes are stored, the code's salted with the user id so that equal codes of
/// two users differ; a PKCE client's token is marked and its challenge kept (<see cref="MailPkce"/>).
/// </summary>
public static class LinkTokens
{
    public static string CodeHash(Guid userId, string code) => Secrets.Sha256Hex(userId.ToString("D") + ":" + code);

    public static async Task<(string Token, string Code)> IssueAsync(
        AuthTransaction tx, Guid userId, string kind, string sentTo, DateTimeOffset now, PkceChallenge? pkce = null)
    {
        var token = await MailPkce.NewLinkTokenAsync(tx, userId, pkce, now);
        var code = Secrets.NewCode();
        await OneTimeTokenStore.ReplaceAsync(tx, new OneTimeTokenRecord(
            Guid.NewGuid(), userId, kind, Secrets.Sha256Hex(token), CodeHash(userId, code), sentTo, now));
        return (token, code);
    }
}
