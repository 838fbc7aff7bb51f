using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Basalt.Server.Http;

/// <summary>
/// Outermost middleware: settles the request id, stores it as <see cref="HttpContext.TraceIdentifier"/> (where the
/// error bodies read it), echoes it in <c>X-Request-Id</c> and opens the logging scope every log line of the request carries.
/// </summary>
internal sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var id = RequestIds.Accept(context.Request.Headers[RequestIds.HeaderName]) ?? RequestIds.New();
        context.TraceIdentifier = id;
        // Set when the headers go out, because the exception handler clears headers set earlier.
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            http.Response.Headers[RequestIds.HeaderName] = http.TraceIdentifier;
            return Task.CompletedTask;
        }, context);
        using (logger.BeginScope(new RequestLogScope(id)))
        {
            await next(context);
        }
    }
}
