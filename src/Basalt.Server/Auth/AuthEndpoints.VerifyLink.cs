using System.Globalization;
using Basalt.Auth.Accounts;
using Basalt.Auth.Errors;
using Microsoft.AspNetCore.Http;

namespace Basalt.Server.Auth;

/// <summary>
/// <c>GET /verify</c>, the link in a mail: confirms, then sends the browser on to <c>redirect_to</c> — with the session
/// in the URL fragment (implicit flow), or for the <c>pkce_</c> link of a PKCE client with <c>?code=</c> for
/// <c>grant_type=pkce</c> (errors then go in the query too, where such a client reads them), as GoTrue does.
/// </summary>
internal sealed partial class AuthEndpoints
{
    public async Task VerifyLinkAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var (type, token) = (query["type"].ToString(), query["token"].ToString());
        var redirect = auth.Redirects.Resolve(query["redirect_to"].ToString() is { Length: > 0 } r ? r : null);
        if (token.Length == 0)
        {
            await AuthHttp.WriteErrorAsync(context, AuthErrors.Validation("Verify requires a token or a token hash"));
            return;
        }
        var pkce = MailPkce.IsPkceToken(token);
        var client = AuthHttp.Client(context);
        AuthResult<LinkOutcome> result;
        if (type == "email_change")
        {
            var change = await auth.EmailChanges.VerifyLinkAsync(token, client, context.RequestAborted);
            if (change is { IsSuccess: true, Value.Message: { } message })
            {
                // One half of a secure change: the browser learns that the other address must confirm too.
                AuthHttp.Redirect(context, Append(redirect, pkce, ("message", message)));
                return;
            }
            result = change.IsSuccess ? new LinkOutcome(change.Value.Session, change.Value.Code) : change.Error;
        }
        else
        {
            result = await auth.Verification.VerifyLinkAsync(type, token, client, context.RequestAborted);
        }
        if (!result.IsSuccess)
        {
            if (result.Error.Status is 400 or 429)
            {
                await AuthHttp.WriteErrorAsync(context, result.Error);
                return;
            }
            AuthHttp.Redirect(context, Append(redirect, pkce,
                ("error", "access_denied"), ("error_code", result.Error.Code), ("error_description", "Email link is invalid or has expired")));
            return;
        }
        if (result.Value.Code is { } code)
        {
            AuthHttp.Redirect(context, Append(redirect, inQuery: true, ("code", code)));
            return;
        }
        var session = result.Value.Session!;
        AuthHttp.Redirect(context, Append(redirect, inQuery: false,
            ("access_token", session.AccessToken.Token),
            ("expires_at", session.AccessToken.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            ("expires_in", session.AccessToken.ExpiresIn.ToString(CultureInfo.InvariantCulture)),
            ("refresh_token", session.RefreshToken), ("token_type", "bearer"), ("type", type)));
    }

    /// <summary>The redirect with the pairs in its query (kept with any query it has) or as its fragment.</summary>
    private static string Append(string redirect, bool inQuery, params (string Key, string Value)[] pairs)
    {
        if (!inQuery)
        {
            return redirect + "#" + Fragment(pairs);
        }
        var hash = redirect.IndexOf('#', StringComparison.Ordinal);
        var (target, fragment) = hash < 0 ? (redirect, "") : (redirect[..hash], redirect[hash..]);
        return target + (target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Fragment(pairs) + fragment;
    }
}
