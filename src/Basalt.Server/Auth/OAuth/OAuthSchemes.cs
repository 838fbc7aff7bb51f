using Basalt.Spec;
using Basalt.Spec.Settings;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Basalt.Server.Auth.OAuth;

/// <summary>
/// One ASP.NET Core authentication scheme per provider of <c>auth.providers</c>: GitHub through the OAuth handler
/// (its endpoints, then the user and its verified addresses from its API), Google and every other OpenID Connect
/// issuer through the OpenID Connect handler (discovery, code flow with PKCE towards the provider, the id_token and
/// userinfo checked by the handler). Each answers at <c>/auth/v1/callback/{provider}</c>; the handlers' state is sealed
/// with the JWT secret (<see cref="SecretDataProtector"/>) so any instance can finish a sign-in another one began.
/// </summary>
internal static class OAuthSchemes
{
    public const string GoogleIssuer = "https://accounts.google.com";

    // Never signed in to (the callback answers before that); it keeps the provider schemes from defaulting to themselves.
    private const string ExternalScheme = "oauth-external";

    public static string SchemeOf(string provider) => "oauth-" + provider;

    public static string CallbackPath(string provider) => "/auth/v1/callback/" + provider;

    public static void Register(IServiceCollection services, AppSpec spec)
    {
        if (spec.Auth.Providers.Count == 0)
        {
            return;
        }
        var protector = new SecretDataProtector(spec.Auth.Jwt.Secret);
        var builder = services.AddAuthentication(o => o.DefaultScheme = ExternalScheme).AddCookie(ExternalScheme);
        foreach (var provider in spec.Auth.Providers)
        {
            if (provider.Name == "github")
            {
                builder.AddOAuth(SchemeOf(provider.Name), o => GitHub(o, provider, protector));
            }
            else
            {
                builder.AddOpenIdConnect(SchemeOf(provider.Name), o => OpenIdConnect(o, provider, protector));
            }
        }
    }

    /// <summary>
    /// Lets the provider's handler answer its callback (<c>/auth/v1/callback/{provider}</c>). Only these paths reach the
    /// handlers: no other request is authenticated by ASP.NET, as <c>UseAuthentication</c> would do for every one.
    /// </summary>
    public static async Task<bool> HandleCallbackAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/auth/v1/callback", out var rest) || rest.Value?.Trim('/') is not { Length: > 0 } provider)
        {
            return false;
        }
        var handlers = context.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>();
        return await handlers.GetHandlerAsync(context, SchemeOf(provider)) is IAuthenticationRequestHandler handler && await handler.HandleRequestAsync();
    }

    private static void GitHub(OAuthOptions o, OAuthProviderSettings provider, SecretDataProtector protector)
    {
        Common(o, provider, protector);
        o.AuthorizationEndpoint = "https://github.com/login/oauth/authorize";
        o.TokenEndpoint = "https://github.com/login/oauth/access_token";
        o.UserInformationEndpoint = "https://api.github.com/user";
        o.UsePkce = true;
        o.Scope.Clear();
        foreach (var scope in new[] { "read:user", "user:email" }.Concat(provider.Scopes))
        {
            o.Scope.Add(scope);
        }
        o.Events = new OAuthEvents
        {
            OnCreatingTicket = GitHubProfile.AddClaimsAsync,
            OnTicketReceived = OAuthCallback.CompleteAsync,
            OnRemoteFailure = OAuthCallback.FailAsync,
        };
    }

    private static void OpenIdConnect(OpenIdConnectOptions o, OAuthProviderSettings provider, SecretDataProtector protector)
    {
        Common(o, provider, protector);
        o.Authority = provider.Issuer ?? (provider.Name == "google" ? GoogleIssuer : throw new InvalidOperationException($"provider {provider.Name} has no issuer"));
        // Plain http only for an issuer on this machine (a development or test issuer); anything else must be https.
        o.RequireHttpsMetadata = !(Uri.TryCreate(o.Authority, UriKind.Absolute, out var authority) && authority.IsLoopback);
        o.ResponseType = "code";
        o.ResponseMode = "query";
        o.UsePkce = true;
        o.MapInboundClaims = false;
        o.GetClaimsFromUserInfoEndpoint = true;
        o.Scope.Clear();
        foreach (var scope in new[] { "openid", "email", "profile" }.Concat(provider.Scopes).Distinct(StringComparer.Ordinal))
        {
            o.Scope.Add(scope);
        }
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.Events = new OpenIdConnectEvents
        {
            OnTicketReceived = OAuthCallback.CompleteAsync,
            OnRemoteFailure = OAuthCallback.FailAsync,
        };
    }

    private static void Common(RemoteAuthenticationOptions o, OAuthProviderSettings provider, SecretDataProtector protector)
    {
        o.CallbackPath = CallbackPath(provider.Name);
        o.SignInScheme = ExternalScheme;
        o.DataProtectionProvider = protector;
        o.SaveTokens = true;
        // A browser returning from the provider is a top-level navigation: Lax cookies come along, also on plain http.
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        switch (o)
        {
            case OAuthOptions oauth:
                (oauth.ClientId, oauth.ClientSecret) = (provider.ClientId, provider.ClientSecret);
                break;
            case OpenIdConnectOptions oidc:
                (oidc.ClientId, oidc.ClientSecret) = (provider.ClientId, provider.ClientSecret);
                break;
        }
    }
}
