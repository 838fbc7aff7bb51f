using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Basalt.Server.Http;

/// <summary>
/// Errors outside the REST and auth surfaces are RFC 9457 <c>application/problem+json</c>, written by ASP.NET
/// Core's problem details service; this adds what Basalt promises in every one: the path as <c>instance</c>, the
/// <c>request_id</c>, and a <c>detail</c> that says what was wrong. Never an exception message or stack trace.
/// </summary>
internal static class ProblemResponses
{
    public static void Customize(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Instance = (http.Request.PathBase + http.Request.Path).ToString();
        // One id per request, under one name; ASP.NET's traceId would be a second.
        problem.Extensions.Remove("traceId");
        problem.Extensions["request_id"] = http.TraceIdentifier;
        problem.Detail = context.Exception switch
        {
            null => problem.Detail ?? DetailFor(http, problem.Status),
            // Kestrel's own messages ("Request body too large…") are about the request, never about the server.
            BadHttpRequestException bad => bad.Message,
            _ => DetailFor(http, problem.Status),
        };
    }

    /// <summary>An exception that stands for a client error (a body over the size limit is a 413) keeps its status; anything else is a 500.</summary>
    public static ExceptionHandlerOptions ExceptionHandler { get; } = new()
    {
        StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
    };

    private static string? DetailFor(HttpContext http, int? status) => status switch
    {
        StatusCodes.Status404NotFound => $"Nothing is served at {http.Request.Path}.",
        StatusCodes.Status405MethodNotAllowed => $"{http.Request.Method} is not allowed on {http.Request.Path}; allowed: {AllowedMethods(http)}.",
        StatusCodes.Status413PayloadTooLarge => "The request body is larger than the server accepts.",
        >= 500 => "An unexpected error occurred; the request id identifies it in the server log.",
        _ => null,
    };

    private static string AllowedMethods(HttpContext http) =>
        http.Response.Headers.Allow is { Count: > 0 } allow ? string.Join(", ", allow.ToArray()) : "none";
}
