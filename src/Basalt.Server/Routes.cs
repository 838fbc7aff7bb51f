using Basalt.Server.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;

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

        // To come: /rest/v1/{table}, /auth/v1/..., /graphql/v1, /realtime/v1, /openapi.json, /metrics.
    }
}
