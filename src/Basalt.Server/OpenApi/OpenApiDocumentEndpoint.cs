using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Basalt.OpenApi;
using Basalt.Spec;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Basalt.Server.OpenApi;

/// <summary>
/// Serves the spec's OpenAPI document at <c>/openapi.json</c> and at the REST root <c>/rest/v1/</c> (where PostgREST
/// serves its own). The document is built once per spec value and kept for the life of that value, so a reloaded
/// spec gets a new one; an ETag lets clients revalidate without downloading it again.
/// </summary>
internal static class OpenApiDocumentEndpoint
{
    /// <summary>PostgREST's media type for the document; clients that do not ask for it get <c>application/json</c>.</summary>
    public const string OpenApiMediaType = "application/openapi+json";

    private static readonly ConditionalWeakTable<AppSpec, RenderedDocument> Documents = [];

    public static IResult Serve(HttpContext context)
    {
        var spec = context.RequestServices.GetRequiredService<AppSpec>();
        var document = Documents.GetValue(spec, RenderedDocument.For);
        var response = context.Response;
        response.Headers.ETag = document.ETag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = HeaderNames.Accept;
        if (context.Request.Headers.IfNoneMatch.Contains(document.ETag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        var accept = context.Request.Headers.Accept.ToString();
        var mediaType = accept.Contains(OpenApiMediaType, StringComparison.OrdinalIgnoreCase) ? OpenApiMediaType : "application/json";
        return Results.Bytes(document.Utf8, mediaType + "; charset=utf-8");
    }

    private sealed record RenderedDocument(byte[] Utf8, string ETag)
    {
        public static RenderedDocument For(AppSpec spec)
        {
            var utf8 = Encoding.UTF8.GetBytes(OpenApiGenerator.GenerateJson(spec));
            return new RenderedDocument(utf8, $"\"{Convert.ToHexStringLower(SHA256.HashData(utf8))[..32]}\"");
        }
    }
}
