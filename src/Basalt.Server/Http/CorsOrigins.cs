using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Basalt.Server.Http;

/// <summary>The origins every CORS policy of the server allows: any, unless the server is given a list.</summary>
internal static class CorsOrigins
{
    public static CorsPolicyBuilder Allow(CorsPolicyBuilder policy, ServerOptions options) =>
        options.CorsAllowedOrigins.Count == 0 ? policy.AllowAnyOrigin() : policy.WithOrigins([.. options.CorsAllowedOrigins]);
}
