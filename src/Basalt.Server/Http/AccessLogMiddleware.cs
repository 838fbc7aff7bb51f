using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Basalt.Server.Http;

/// <summary>
/// One log line per request: method, path, status, duration. The query string is left out because it can hold
/// tokens and filter values, and no header is logged, so <c>Authorization</c> and <c>apikey</c> never reach the log.
/// </summary>
internal sealed class AccessLogMiddleware(RequestDelegate next, ILoggerFactory loggers)
{
    public const string Category = "Basalt.Server.Access";

    private readonly ILogger logger = loggers.CreateLogger(Category);

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var request = context.Request;
            logger.LogInformation(
                "{Method} {Path} {StatusCode} {DurationMs}ms",
                request.Method,
                (request.PathBase + request.Path).ToString(),
                context.Response.StatusCode,
                Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1));
        }
    }
}
