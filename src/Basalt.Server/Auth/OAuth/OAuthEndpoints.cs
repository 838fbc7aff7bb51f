using Basalt.Auth;
using Basalt.Auth.Accounts;
using Basalt.Auth.Errors;
using Basalt.Spec;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Http;

namespace Basalt.Server.Auth.OAuth;

/// <summary>
/// <c>GET /auth/v1/authorize?provider=…&amp;redirect_to=…&amp;scopes=…&amp;code_challenge=…&amp;code_challenge_method=…</c>:
/// GoTrue's start of a provider sign-in. Open without an API key (a browser navigates here). The provider must be in
/// the spec; <c>redirect_to</c> must pass the redirect rules (else the site URL); a PKCE challenge makes the callback
/// answer with a one-time code instead of tokens in the URL.
/// </summary>
internal sealed class OAuthEndpoints(AuthService auth, AppSpec spec)
{
    public async Task AuthorizeAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var provider = query["provider"].ToString().ToLowerInvariant();
        if (spec.Auth.Providers.FirstOrDefault(p => p.Name == provider) is null)
        {
            await AuthHttp.WriteErrorAsync(context, AuthErrors.ProviderDisabled);
            return;
        }
        PkceChallenge? pkce = null;
        if (query["code_challenge"].ToString() is { Length: > 0 } challenge)
        {
            var parsed = PkceChallenge.Parse(challenge, query["code_challenge_method"].ToString());
            if (!parsed.IsSuccess)
            {
                await AuthHttp.WriteErrorAsync(context, parsed.Error);
                return;
            }
            pkce = parsed.Value;
        }
        var redirect = auth.Redirects.Resolve(query["redirect_to"].ToString() is { Length: > 0 } r ? r : null);
        var properties = new OAuthChallengeProperties { RedirectUri = redirect };
        properties.Items[OAuthCallback.ProviderItem] = provider;
        properties.Items[OAuthCallback.RedirectItem] = redirect;
        if (pkce is not null)
        {
            properties.Items[OAuthCallback.ChallengeItem] = pkce.Challenge;
            properties.Items[OAuthCallback.MethodItem] = pkce.Method;
        }
        if (query["scopes"].ToString().Split(' ', ',', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } scopes)
        {
            var configured = spec.Auth.Providers.First(p => p.Name == provider).Scopes;
            properties.Scope = [.. Defaults(provider).Concat(configured).Concat(scopes).Distinct(StringComparer.Ordinal)];
        }
        await context.ChallengeAsync(OAuthSchemes.SchemeOf(provider), properties);
    }

    private static string[] Defaults(string provider) => provider == "github" ? ["read:user", "user:email"] : ["openid", "email", "profile"];
}
