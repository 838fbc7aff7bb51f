using Basalt.Server.Http;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Basalt.Server.Rest;

/// <summary>
/// CORS for <c>/rest/v1</c>: Supabase's clients run in browsers on other origins. Any origin by default (the API keys,
/// not cookies, carry the credentials, so <c>*</c> is safe), or the listed ones; every method and request header;
/// the response headers the clients read exposed; preflights cached for a day, as PostgREST does.
/// </summary>
internal static class RestCors
{
    public const string PolicyName = "rest";

    public static readonly string[] ExposedHeaders =
    [
        "Content-Range", "Content-Location", "Location", "Preference-Applied", "Content-Profile", "X-Request-Id", "Server-Timing",
        Basalt.Rest.RestHandler.SqlCommandsHeader,
    ];

    public static void Configure(CorsOptions cors, ServerOptions options) =>
        cors.AddPolicy(PolicyName, policy =>
        {
            CorsOrigins.Allow(policy, options);
            policy.AllowAnyMethod().AllowAnyHeader().WithExposedHeaders(ExposedHeaders).SetPreflightMaxAge(TimeSpan.FromDays(1));
        });
}
