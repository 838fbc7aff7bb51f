using Basalt.Server.Http;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Basalt.Server.Auth;

/// <summary>
/// CORS for <c>/auth/v1</c>, as for <c>/rest/v1</c> (the same origins, any method and header, preflights cached for a
/// day), exposing the headers auth-js reads: the API version and the error code.
/// </summary>
internal static class AuthCors
{
    public const string PolicyName = "auth";

    public static void Configure(CorsOptions cors, ServerOptions options) =>
        cors.AddPolicy(PolicyName, policy =>
        {
            CorsOrigins.Allow(policy, options);
            policy.AllowAnyMethod().AllowAnyHeader()
                .WithExposedHeaders(AuthHttp.ApiVersionHeader, AuthHttp.ErrorCodeHeader, "Retry-After", "X-Request-Id")
                .SetPreflightMaxAge(TimeSpan.FromDays(1));
        });
}
