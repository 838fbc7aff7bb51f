using Basalt.Query.Request;
using Basalt.Rest;
using Basalt.Rest.Errors;
using Basalt.Rest.Responses;
using Basalt.Server.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Basalt.Server.Rest;

/// <summary>
/// <c>/rest/v1/{table}</c> over HTTP: copies the request into a <see cref="RawRequest"/> (method, the route's decoded
/// table name, the raw query string, headers, the body up to the server's limit), lets <see cref="RestHandler"/> answer,
/// and copies the answer back. Everything PostgREST-specific lives in the handler; this is only the copying, plus the
/// 413 a body over the limit gets, the log line of an unexpected failure, and the SQL count for the access log.
/// </summary>
internal sealed class RestEndpoint(RestHandler handler, ServerOptions options, ILoggerFactory loggers)
{
    private readonly ILogger logger = loggers.CreateLogger("Basalt.Server.Rest");

    /// <summary>
    /// Everything under <c>/rest/v1/</c> but the root's GET and HEAD (the OpenAPI document): one segment names a table
    /// and a longer path is PostgREST's PGRST125. At the root, OPTIONS lists what it allows and any other method is
    /// PGRST117, as in PostgREST. <paramref name="path"/> is the route's decoded rest of the path.
    /// </summary>
    public Task HandleAsync(HttpContext context, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return HttpMethods.IsOptions(context.Request.Method)
                ? WriteAsync(context, RestHandler.RootOptions())
                : WriteAsync(context, RestHandler.Refuse(RestErrors.UnsupportedMethod(context.Request.Method)));
        }
        return path.Contains('/', StringComparison.Ordinal)
            ? WriteAsync(context, RestHandler.Refuse(RestErrors.InvalidPath))
            : HandleTableAsync(context, path);
    }

    private async Task HandleTableAsync(HttpContext context, string table)
    {
        ReadOnlyMemory<byte> body;
        try
        {
            body = await ReadBodyAsync(context.Request, context.RequestAborted);
        }
        catch (BadHttpRequestException bad) when (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteAsync(context, RestHandler.Refuse(RestErrors.BodyTooLarge(options.MaxRequestBodyBytes)));
            return;
        }
        var request = context.Request;
        var headers = new RequestHeaders(request.Headers.SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v ?? ""))));
        var raw = new RawRequest(request.Method, table, request.QueryString.Value ?? "", headers, body);
        await WriteAsync(context, await handler.HandleAsync(raw, context.TraceIdentifier, context.RequestAborted));
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Only writes carry a body the parser reads; anything sent with GET or DELETE is ignored, as in PostgREST.
        if (!HttpMethods.IsPost(request.Method) && !HttpMethods.IsPatch(request.Method) && !HttpMethods.IsPut(request.Method))
        {
            return ReadOnlyMemory<byte>.Empty;
        }
        using var buffer = new MemoryStream(request.ContentLength is > 0 and < 1024 * 1024 ? (int)request.ContentLength.Value : 0);
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private async Task WriteAsync(HttpContext context, RestResponse answer)
    {
        await using (answer)
        {
            if (answer.Failure is { } failure)
            {
                logger.LogError(failure, "REST request failed with an unexpected error; answered {Status}", answer.Status);
            }
            context.Items[AccessLogMiddleware.SqlCommandsItem] = answer.SqlCommands;
            // The answer is complete in itself: no problem+json page may replace a bodiless error (HEAD).
            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }
            var response = context.Response;
            response.StatusCode = answer.Status;
            foreach (var (name, value) in answer.Headers)
            {
                response.Headers.Append(name, value);
            }
            if (answer.Body?.Length is { } length)
            {
                response.ContentLength = length;
            }
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await answer.WriteBodyAsync(response.Body, context.RequestAborted);
            }
        }
    }
}
