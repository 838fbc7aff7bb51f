using System.Runtime.CompilerServices;
using Basalt.Auth.Signing;
using Basalt.Spec;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Basalt.Server.Auth;

/// <summary>
/// <c>GET /auth/v1/.well-known/jwks.json</c>: the public keys that verify access tokens, for resource servers and
/// Supabase clients (<c>getClaims</c>). Open without an API key, as GoTrue's, and cacheable for ten minutes: a standby
/// key is published at least that long before it signs. Rendered once per spec value, so a reloaded spec gets its own.
/// </summary>
internal static class JwksEndpoint
{
    public const string CacheControl = "public, max-age=600";

    private static readonly ConditionalWeakTable<AppSpec, byte[]> Documents = [];

    public static IResult Serve(HttpContext context)
    {
        var spec = context.RequestServices.GetRequiredService<AppSpec>();
        var document = Documents.GetValue(spec, s => JwksDocument.Render(SigningKeySet.From(s.Auth.Jwt)));
        context.Response.Headers.CacheControl = CacheControl;
        return Results.Bytes(document, "application/json; charset=utf-8");
    }
}
