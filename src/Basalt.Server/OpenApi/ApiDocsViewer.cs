using Basalt.Spec;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace Basalt.Server.OpenApi;

/// <summary>
/// <c>/docs</c>: Swagger UI over <c>/openapi.json</c>. Its files are embedded in the Swashbuckle.AspNetCore.SwaggerUI
/// assembly and served from the binary, so the page works with no network; the validator badge, Swagger UI's one
/// outside call, is off. Every response of the viewer carries a Content-Security-Policy that allows this origin only.
/// </summary>
internal static class ApiDocsViewer
{
    public const string RoutePrefix = "docs";

    /// <summary>Only this origin: a script or stylesheet from anywhere else would not load even if a page asked for it.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; "
        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static Action<SwaggerUIOptions> Configure(AppSpec spec) => options =>
    {
        options.RoutePrefix = RoutePrefix;
        options.DocumentTitle = $"{spec.Name} API — Basalt";
        // Relative to /docs/index.html, so the viewer also works behind a proxy that mounts Basalt under a path.
        options.SwaggerEndpoint("../openapi.json", $"{spec.Name} REST API");
        options.ConfigObject.ValidatorUrl = null;
        options.DocExpansion(DocExpansion.List);
        options.DefaultModelsExpandDepth(1);
        options.DisplayRequestDuration();
        options.EnableDeepLinking();
        options.EnableFilter();
        options.ShowCommonExtensions();
    };

    /// <summary>An endpoint convention: wraps the viewer's request delegate so each of its responses carries the policy.</summary>
    public static void AddSecurityHeaders(EndpointBuilder endpoint)
    {
        var inner = endpoint.RequestDelegate ?? throw new InvalidOperationException("the docs viewer endpoint has no request delegate");
        endpoint.RequestDelegate = context =>
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return inner(context);
        };
    }
}
