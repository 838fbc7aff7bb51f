using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Basalt.Auth;
using Basalt.Auth.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Basalt.Server.Auth.OAuth;

/// <summary>
/// Where a provider's answer ends: the handler has checked the state, exchanged the code and read the profile; this
/// signs the user in (<see cref="ExternalSignIn"/>) and sends the browser to <c>redirect_to</c> — with <c>?code=</c>
/// for a PKCE flow, with the session in the fragment otherwise — or with GoTrue's <c>error</c>,
/// <c>error_code</c> and <c>error_description</c>. No cookie sign-in happens and no exception page is ever shown.
/// </summary>
internal static class OAuthCallback
{
    public const string ProviderItem = "basalt.provider";
    public const string RedirectItem = "basalt.redirect_to";
    public const string ChallengeItem = "basalt.code_challenge";
    public const string MethodItem = "basalt.code_challenge_method";

    // Claims of the token itself, not of the person: not kept as profile data.
    private static readonly HashSet<string> ProtocolClaims = ["nonce", "at_hash", "c_hash", "aud", "exp", "iat", "nbf", "auth_time", "azp", "sid", "jti"];

    public static async Task CompleteAsync(TicketReceivedContext context)
    {
        context.HandleResponse();
        var items = context.Properties!.Items;
        var http = context.HttpContext;
        var redirect = Item(items, RedirectItem) ?? "/";
        var provider = Item(items, ProviderItem) ?? "";
        var pkce = Item(items, ChallengeItem) is { } challenge ? new PkceChallenge(challenge, Item(items, MethodItem) ?? PkceChallenge.S256) : null;
        if (Profile(provider, context.Principal!) is not { } profile)
        {
            Redirect(http, redirect, pkce is not null, ("error", "server_error"), ("error_code", "bad_oauth_callback"),
                ("error_description", "The provider did not say who signed in"));
            return;
        }
        var auth = http.RequestServices.GetRequiredService<AuthService>();
        profile = profile with { ProviderToken = context.Properties.GetTokenValue("access_token") };
        var result = await auth.External.CompleteAsync(profile, pkce, AuthHttp.Client(http), http.RequestAborted);
        if (!result.IsSuccess)
        {
            Redirect(http, redirect, pkce is not null, ("error", "access_denied"), ("error_code", result.Error.Code), ("error_description", result.Error.Message));
            return;
        }
        if (result.Value.AuthCode is { } code)
        {
            Redirect(http, redirect, query: true, ("code", code));
            return;
        }
        var session = result.Value.Session!;
        var pairs = new List<(string, string)>
        {
            ("access_token", session.AccessToken.Token),
            ("expires_at", session.AccessToken.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            ("expires_in", session.AccessToken.ExpiresIn.ToString(CultureInfo.InvariantCulture)),
        };
        if (context.Properties.GetTokenValue("access_token") is { } providerToken)
        {
            pairs.Add(("provider_token", providerToken));
        }
        pairs.AddRange([("refresh_token", session.RefreshToken), ("token_type", "bearer")]);
        Redirect(http, redirect, query: false, [.. pairs]);
    }

    /// <summary>A refused or broken callback: the provider's error, a state that is missing, forged or expired, or a code exchange or token check that failed.</summary>
    public static Task FailAsync(RemoteFailureContext context)
    {
        context.HandleResponse();
        var http = context.HttpContext;
        var items = context.Properties?.Items;
        var redirect = Item(items, RedirectItem)
            ?? http.RequestServices.GetRequiredService<AuthService>().Redirects.Resolve(null);
        var providerError = http.Request.Query["error"].ToString();
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Basalt.Auth.OAuth")
            .LogInformation("oauth callback refused: {Reason}", providerError.Length > 0 ? "provider answered " + providerError : context.Failure?.Message);
        var pkce = items?.ContainsKey(ChallengeItem) ?? true;
        if (providerError.Length > 0)
        {
            Redirect(http, redirect, pkce, ("error", providerError), ("error_code", "provider_error"),
                ("error_description", http.Request.Query["error_description"].ToString() is { Length: > 0 } d ? d : "The provider refused the sign-in"));
        }
        else if (context.Properties is null || context.Failure?.Message.StartsWith("Correlation failed", StringComparison.Ordinal) == true)
        {
            // The handlers drop the properties when the state cannot be read, and keep them when only the cookie is missing.
            Redirect(http, redirect, pkce, ("error", "invalid_request"), ("error_code", "bad_oauth_state"),
                ("error_description", "OAuth state is missing, invalid or expired"));
        }
        else
        {
            // The state was good; exchanging the code or checking the provider's tokens failed (the log says why).
            Redirect(http, redirect, pkce, ("error", "server_error"), ("error_code", "bad_oauth_callback"),
                ("error_description", "The provider's answer could not be exchanged or verified"));
        }
        return Task.CompletedTask;
    }

    private static string? Item(IDictionary<string, string?>? items, string key) => items is not null && items.TryGetValue(key, out var value) ? value : null;

    /// <summary>The provider's account as <see cref="ExternalSignIn"/> takes it; null without a subject.</summary>
    internal static ExternalProfile? Profile(string provider, ClaimsPrincipal principal)
    {
        var claims = new JsonObject();
        foreach (var claim in principal.Claims.Where(c => !ProtocolClaims.Contains(c.Type)))
        {
            claims[claim.Type] = claim.Value;
        }
        var subject = principal.FindFirst("sub")?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        if (subject is not { Length: > 0 })
        {
            return null;
        }
        var email = principal.FindFirst("email")?.Value ?? principal.FindFirst(ClaimTypes.Email)?.Value;
        var verified = string.Equals(principal.FindFirst("email_verified")?.Value, "true", StringComparison.OrdinalIgnoreCase);
        claims.Remove("email_verified");
        if (claims["picture"] is { } picture && claims["avatar_url"] is null)
        {
            claims["avatar_url"] = picture.DeepClone();
        }
        if (claims["name"] is { } name && claims["full_name"] is null)
        {
            claims["full_name"] = name.DeepClone();
        }
        return new ExternalProfile(provider, subject, email, verified, claims);
    }

    /// <summary>302 to <paramref name="target"/> with the pairs in its query (PKCE, errors) or its fragment (implicit sessions).</summary>
    private static void Redirect(HttpContext http, string target, bool query, params (string Key, string Value)[] pairs)
    {
        var encoded = string.Join("&", pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        var location = query
            ? (target.Contains('#', StringComparison.Ordinal) ? target[..target.IndexOf('#', StringComparison.Ordinal)] : target)
                + (target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + encoded
            : target + "#" + encoded;
        http.Response.StatusCode = StatusCodes.Status302Found;
        http.Response.Headers.Location = location;
    }
}
