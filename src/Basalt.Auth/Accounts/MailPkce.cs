using Basalt.Auth.Errors;
using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;

namespace Basalt.Auth.Accounts;

/// <summary>
/// PKCE for the mail flows, as GoTrue does it for a client in <c>flowType: 'pkce'</c> (the default of
/// <c>@supabase/ssr</c>): <c>/signup</c>, <c>/otp</c>, <c>/recover</c> and <c>PUT /user</c> bring a
/// <c>code_challenge</c>, stored as a pending <c>auth.flow_state</c> row of provider <c>email</c> (one per user: the
/// browser keeps only its latest verifier). The mailed link token starts with <c>pkce_</c>; <c>GET /verify</c> of such
/// a token does not start a session but gives the pending flow a fresh one-time code and sends the browser to
/// <c>redirect_to?code=…</c>, which <c>grant_type=pkce</c> exchanges with the verifier. A link token leaked from the
/// mail is then useless to anyone without the browser that asked for it. <c>POST /verify</c> and codes are unchanged.
/// </summary>
public static class MailPkce
{
    public const string TokenPrefix = "pkce_";

    /// <summary>The <c>provider_type</c> of mail flows in <c>auth.flow_state</c> (their sessions' <c>amr</c> is <c>otp</c>).</summary>
    public const string Provider = "email";

    /// <summary>The challenge of a request body: none, or both fields valid.</summary>
    public static AuthResult<PkceChallenge?> FromBody(string? challenge, string? method)
    {
        if (string.IsNullOrEmpty(challenge) && string.IsNullOrEmpty(method))
        {
            return (PkceChallenge?)null;
        }
        if (string.IsNullOrEmpty(challenge) || string.IsNullOrEmpty(method))
        {
            return AuthErrors.Validation("PKCE flow requires code_challenge_method and code_challenge");
        }
        var parsed = PkceChallenge.Parse(challenge, method);
        return parsed.IsSuccess ? parsed.Value : parsed.Error;
    }

    public static bool IsPkceToken(string token) => token.StartsWith(TokenPrefix, StringComparison.Ordinal);

    /// <summary>A new link token: prefixed when the request was PKCE, whose challenge then waits in a pending flow.</summary>
    public static async Task<string> NewLinkTokenAsync(AuthTransaction tx, Guid userId, PkceChallenge? pkce, DateTimeOffset now)
    {
        if (pkce is null)
        {
            return Secrets.NewToken();
        }
        await FlowStateStore.ReplacePendingAsync(tx, new FlowStateRecord(Guid.NewGuid(), userId, pkce.Challenge, pkce.Method, Provider, now));
        return TokenPrefix + Secrets.NewToken();
    }

    /// <summary>The code for the user's pending mail flow, if one is still within the link lifetime; null otherwise.</summary>
    public static async Task<string?> IssueCodeAsync(AuthTransaction tx, Guid userId, TimeSpan linkLifetime, DateTimeOffset now)
    {
        var code = Secrets.NewToken();
        return await FlowStateStore.ActivatePendingAsync(tx, userId, Provider, Secrets.Sha256Hex(code), now - linkLifetime, now) ? code : null;
    }
}
