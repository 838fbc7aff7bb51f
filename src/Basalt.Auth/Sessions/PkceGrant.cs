using System.Text;
using Basalt.Auth.Accounts;
using Basalt.Auth.Errors;
using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;

namespace Basalt.Auth.Sessions;

/// <summary>
/// <c>POST /token?grant_type=pkce</c> <c>{auth_code, code_verifier}</c>: exchanges a PKCE flow's one-time code (of an
/// OAuth sign-in, or of a mail link, see <see cref="MailPkce"/>) for a session. The code is spent by the attempt whatever its outcome (a wrong verifier burns it), lives five minutes as
/// in GoTrue, and only its hash is stored.
/// </summary>
public sealed class PkceGrant(AuthDatabase database, SessionIssuer sessions, SecretSealer providerTokens, TimeProvider time)
{
    public static readonly TimeSpan FlowLifetime = TimeSpan.FromMinutes(5);

    public async Task<AuthResult<AuthSession>> ExchangeAsync(string? authCode, string? verifier, AuthClient client, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(authCode) || string.IsNullOrEmpty(verifier))
        {
            return AuthErrors.Validation("invalid request: both auth code and code verifier should be non-empty");
        }
        if (!PkceChallenge.IsUnreservedOfLength(verifier))
        {
            return AuthErrors.Validation("code verifier has to be between 43 and 128 characters of [A-Za-z0-9-._~]");
        }
        var now = time.GetUtcNow();
        return await database.InTransactionAsync<AuthResult<AuthSession>>(async tx =>
        {
            if (await FlowStateStore.TakeAsync(tx, Secrets.Sha256Hex(authCode)) is not { } flow)
            {
                return AuthErrors.FlowStateNotFound;
            }
            if (now - flow.CreatedAt > FlowLifetime)
            {
                return AuthErrors.FlowStateExpired;
            }
            if (!new PkceChallenge(flow.CodeChallenge, flow.Method).IsAnsweredBy(verifier))
            {
                return AuthErrors.BadCodeVerifier;
            }
            if (await UserStore.FindByIdAsync(tx, flow.UserId) is not { } user)
            {
                return AuthErrors.FlowStateNotFound;
            }
            if (user.IsBanned(now))
            {
                return AuthErrors.UserBanned;
            }
            if (flow.Provider == MailPkce.Provider && !user.IsEmailConfirmed)
            {
                return AuthErrors.EmailNotConfirmed;
            }
            var session = await sessions.StartAsync(tx, user, flow.Provider == MailPkce.Provider ? "otp" : "oauth", client, now);
            return flow.ProviderAccessToken is { } sealedToken && providerTokens.Unprotect(flow.Id, sealedToken) is { } token
                ? session with { ProviderToken = Encoding.UTF8.GetString(token) }
                : session;
        }, ct);
    }
}
