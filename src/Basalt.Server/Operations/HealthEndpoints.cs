using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Basalt.Server.Operations;

/// <summary>
/// <c>/health/live</c> and <c>/health/ready</c>. Readiness runs ASP.NET Core's health checks tagged
/// <see cref="ReadyTag"/> and writes them as <c>{"status","checks":{name:{status,duration_ms,message?,…}}}</c>.
/// </summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IResult Live(HttpContext context)
    {
        NoStore(context);
        return Results.Json(new Dictionary<string, string> { ["status"] = "ok" });
    }

    public static HealthCheckOptions ReadinessOptions { get; } = new()
    {
        Predicate = registration => registration.Tags.Contains(ReadyTag),
        ResponseWriter = WriteReadinessAsync,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
    };

    private static async Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        NoStore(context);
        context.Response.ContentType = "application/json";
        // Rendered into memory first: the serializer flushes its writer synchronously, and Kestrel refuses synchronous writes.
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteReport(json, report, context.TraceIdentifier);
        }
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    private static void WriteReport(Utf8JsonWriter json, HealthReport report, string requestId)
    {
        json.WriteStartObject();
        json.WriteString("status", StatusText(report.Status));
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", StatusText(entry.Status));
            json.WriteNumber("duration_ms", (long)Math.Round(entry.Duration.TotalMilliseconds));
            foreach (var (key, value) in entry.Data)
            {
                json.WritePropertyName(key);
                JsonSerializer.Serialize(json, value);
            }
            if (entry.Status == HealthStatus.Unhealthy)
            {
                // A check that threw gets the library's exception message as its description: never echo that.
                json.WriteString("message", entry.Exception is null && entry.Description is { Length: > 0 } description
                    ? description
                    : "the check failed; the server log has the details");
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
        if (report.Status == HealthStatus.Unhealthy)
        {
            json.WriteString("request_id", requestId);
        }
        json.WriteEndObject();
    }

    private static string StatusText(HealthStatus status) => status == HealthStatus.Unhealthy ? "error" : "ok";

    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";
}
