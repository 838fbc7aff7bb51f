using System.Text.Json.Nodes;
using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;

namespace Basalt.Auth.Sessions;

/// <summary>
/// Starts sessions and hands out their tokens: a row in <c>auth.sessions</c>, a refresh token (stored as its hash) and
/// an access token naming the session. Runs inside the caller's transaction, so a sign-in is all or nothing.
/// </summary>
public sealed class SessionIssuer(AccessTokenIssuer accessTokens)
{
    /// <summary>A new session for <paramref name="user"/>, authenticated by <paramref name="method"/> (<c>password</c>, <c>otp</c>).</summary>
    public async Task<AuthSession> StartAsync(AuthTransaction tx, UserRecord user, string method, AuthClient client, DateTimeOffset now)
    {
        var session = new SessionRecord(Guid.NewGuid(), user.Id, now)
        {
            Amr = [new JsonObject { ["method"] = method, ["timestamp"] = now.ToUnixTimeSeconds() }],
            UserAgent = Clip(client.UserAgent, 1024),
            Ip = Clip(client.Ip, 64),
        };
        await SessionStore.InsertAsync(tx, session);
        await UserStore.SetLastSignInAsync(tx, user.Id, now);
        var signedIn = user with { LastSignInAt = Values.Truncate(now), UpdatedAt = Values.Truncate(now) };
        return await IssueAsync(tx, signedIn, session, parent: null, client, now);
    }

    /// <summary>A new refresh token (child of <paramref name="parent"/>) and access token for an existing session.</summary>
    public async Task<AuthSession> IssueAsync(AuthTransaction tx, UserRecord user, SessionRecord session, long? parent, AuthClient client, DateTimeOffset now)
    {
        var refreshToken = Secrets.NewToken();
        await RefreshTokenStore.InsertAsync(tx, Secrets.Sha256Hex(refreshToken), user.Id, session.Id, parent, now);
        return new AuthSession(accessTokens.Issue(user, session, client.AuthUrl, now), refreshToken, user, session.Id)
        {
            Factors = await MfaFactorStore.ListForUserAsync(tx, user.Id),
            Identities = await IdentityStore.ListForUserAsync(tx, user.Id),
        };
    }

    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
