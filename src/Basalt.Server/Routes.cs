using Basalt.Server.Auth;
using Basalt.Server.Auth.OAuth;
using Basalt.Server.OpenApi;
using Basalt.Server.Operations;
using Basalt.Server.Rest;
using Basalt.Spec;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Basalt.Server;

/// <summary>
/// Every route Basalt serves, in one place. A feature adds its surface here and keeps its handlers in its own
/// folder, so this file stays the map of the HTTP API.
/// </summary>
internal static class Routes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // Operations: Kubernetes probes. Live says the process answers; ready says it can serve data.
        app.MapGet("/health/live", HealthEndpoints.Live);
        app.MapHealthChecks("/health/ready", HealthEndpoints.ReadinessOptions).WithMetadata(new HttpMethodMetadata(["GET"]));

        // REST: PostgREST's grammar over every table of the spec, every method (the handler refuses the ones it does not serve).
        var rest = app.ServiceProvider.GetRequiredService<RestEndpoint>();
        app.Map("/rest/v1/{**path}", (HttpContext context, string? path) => rest.HandleAsync(context, path)).RequireCors(RestCors.PolicyName);

        // API docs: the OpenAPI 3.1 document of the REST API, also at the REST root where PostgREST serves its own (GET and
        // HEAD there win over the REST catch-all, whose root answer is PGRST126 for other methods), and a viewer.
        app.MapMethods("/openapi.json", ["GET", "HEAD"], OpenApiDocumentEndpoint.Serve).RequireCors(RestCors.PolicyName);
        app.MapMethods("/rest/v1", ["GET", "HEAD"], OpenApiDocumentEndpoint.Serve).RequireCors(RestCors.PolicyName);
        app.MapSwaggerUI(ApiDocsViewer.RoutePrefix, ApiDocsViewer.Configure(app.ServiceProvider.GetRequiredService<AppSpec>()))
            .Add(ApiDocsViewer.AddSecurityHeaders);

        // Auth: Supabase Auth (GoTrue) at /auth/v1. The mail link (GET /verify), /health and the JWKS need no API key.
        var auth = app.ServiceProvider.GetRequiredService<AuthEndpoints>();
        var authRoutes = app.MapGroup("/auth/v1").RequireCors(AuthCors.PolicyName);
        authRoutes.MapGet("/health", auth.HealthAsync);
        authRoutes.MapGet("/.well-known/jwks.json", JwksEndpoint.Serve);
        authRoutes.MapGet("/settings", auth.SettingsAsync);
        authRoutes.MapPost("/signup", auth.SignUpAsync);
        authRoutes.MapPost("/token", auth.TokenAsync);
        authRoutes.MapGet("/verify", auth.VerifyLinkAsync);
        authRoutes.MapPost("/verify", auth.VerifyAsync);
        authRoutes.MapGet("/user", auth.GetUserAsync);
        authRoutes.MapPut("/user", auth.UpdateUserAsync);
        authRoutes.MapPost("/logout", auth.LogoutAsync);
        authRoutes.MapPost("/recover", auth.RecoverAsync);
        authRoutes.MapPost("/otp", auth.OtpAsync);
        authRoutes.MapGet("/reauthenticate", auth.ReauthenticateAsync);
        authRoutes.MapPost("/reauthenticate", auth.ReauthenticateAsync);
        var mfa = app.ServiceProvider.GetRequiredService<MfaEndpoints>();
        authRoutes.MapPost("/factors", mfa.EnrollAsync);
        authRoutes.MapPost("/factors/{factorId}/challenge", mfa.ChallengeAsync);
        authRoutes.MapPost("/factors/{factorId}/verify", mfa.VerifyAsync);
        authRoutes.MapDelete("/factors/{factorId}", mfa.UnenrollAsync);
        // OAuth/OIDC sign-in: a browser navigation, so no API key; the providers' callbacks are their handlers'.
        authRoutes.MapGet("/authorize", app.ServiceProvider.GetRequiredService<OAuthEndpoints>().AuthorizeAsync);
        // Admin (service_role only): GoTrue's users API and generate_link, and Basalt's API keys.
        var admin = app.ServiceProvider.GetRequiredService<AdminEndpoints>();
        authRoutes.MapGet("/admin/users", admin.ListUsersAsync);
        authRoutes.MapPost("/admin/users", admin.CreateUserAsync);
        authRoutes.MapGet("/admin/users/{id}", admin.GetUserAsync);
        authRoutes.MapPut("/admin/users/{id}", admin.UpdateUserAsync);
        authRoutes.MapDelete("/admin/users/{id}", admin.DeleteUserAsync);
        authRoutes.MapPost("/admin/generate_link", admin.GenerateLinkAsync);
        authRoutes.MapPost("/invite", admin.InviteAsync);
        authRoutes.MapGet("/admin/keys", admin.ListKeysAsync);
        authRoutes.MapPost("/admin/keys", admin.CreateKeyAsync);
        authRoutes.MapDelete("/admin/keys/{id}", admin.RevokeKeyAsync);
        // Browsers ask before a cross-origin call; the CORS middleware answers these (any method of a known path).
        authRoutes.MapMethods("/{**path}", ["OPTIONS"], () => Results.NoContent());

        // To come: /graphql/v1, /realtime/v1, /metrics.
    }
}
