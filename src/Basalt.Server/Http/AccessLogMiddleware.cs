using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Basalt.Server.Http;

/// <summary>
/// One log line per request: method, path, status, duration, and for REST requests the number of SQL commands they ran
/// (<c>SqlCommands</c>). The query string is left out because it can hold tokens and filter values, and no header is
/// logged, so <c>Authorization</c> and <c>apikey</c> never reach the log.
/// </summary>
internal sealed class AccessLogMiddleware(RequestDelegate next, ILoggerFactory loggers)
{
    public const string Category = "Basalt.Server.Access";

    /// <summary>Where an endpoint leaves the number of SQL commands its request ran (an <see cref="int"/>).</summary>
    public const string SqlCommandsItem = "Basalt.SqlCommands";

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
            var path = (request.PathBase + request.Path).ToString();
            var duration = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);
            if (context.Items.TryGetValue(SqlCommandsItem, out var commands) && commands is int sqlCommands)
            {
                logger.LogInformation("{Method} {Path} {StatusCode} {DurationMs}ms {SqlCommands} sql", request.Method, path, context.Response.StatusCode, duration, sqlCommands);
            }
            else
            {
                logger.LogInformation("{Method} {Path} {StatusCode} {DurationMs}ms", request.Method, path, context.Response.StatusCode, duration);
            }
        }
    }
}
