using Microsoft.OpenApi;

namespace Basalt.OpenApi.Security;

/// <summary>
/// The two ways a request says who it is, as Supabase's clients send them: the <c>apikey</c> header (the anon or
/// service_role key) and <c>Authorization: Bearer</c> (a user's access token, or a key). supabase-js sends both;
/// postgrest-js alone sends only the bearer token; either alone is accepted.
/// </summary>
internal static class SecuritySchemes
{
    public const string ApiKey = "apikey";

    public const string Bearer = "bearer";

    public static void AddTo(OpenApiDocument document)
    {
        var schemes = document.Components!.SecuritySchemes!;
        schemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "apikey",
            Description = "The `anon` key (safe in a browser) or the `service_role` key (bypasses every policy; servers only), "
                + "as `basalt serve` prints them.",
        };
        schemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An HS256 JWT signed with the spec's `auth.jwt.secret`: a signed-in user's access token, or one of the "
                + "keys. When both headers are sent, the bearer token decides the role.",
        };
        document.Security =
        [
            Requirement(document, ApiKey, Bearer),
            Requirement(document, ApiKey),
            Requirement(document, Bearer),
        ];
    }

    private static OpenApiSecurityRequirement Requirement(OpenApiDocument document, params string[] schemes)
    {
        var requirement = new OpenApiSecurityRequirement();
        foreach (var scheme in schemes)
        {
            requirement[new OpenApiSecuritySchemeReference(scheme, document)] = [];
        }
        return requirement;
    }
}
