using Microsoft.OpenApi;

namespace Basalt.OpenApi.Schemas;

/// <summary>
/// The two error bodies: PostgREST's <c>{code, message, details, hint}</c>, which every REST error uses, and RFC 9457
/// problem details, which the host writes when it refuses a request before REST sees it (a body over the size limit).
/// </summary>
internal static class ErrorSchemas
{
    public static void AddTo(OpenApiDocument document)
    {
        var schemas = document.Components!.Schemas!;
        schemas[SchemaNames.Error] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Title = "Error",
            Description = "PostgREST's error body.",
            Required = new SortedSet<string>(StringComparer.Ordinal) { "code", "message" },
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["code"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "`PGRST…` for errors of the request, schema or token; PostgreSQL's SQLSTATE (e.g. `23505`) for data errors.",
                },
                ["message"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong." },
                ["details"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String | JsonSchemaType.Array | JsonSchemaType.Null,
                    Description = "More about the cause. An array of the candidate relationships for an ambiguous embed (PGRST201).",
                    Items = new OpenApiSchema { Type = JsonSchemaType.Object },
                },
                ["hint"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String | JsonSchemaType.Null,
                    Description = "What would work instead, e.g. the closest valid name.",
                },
            },
        };
        schemas[SchemaNames.Problem] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Title = "Problem",
            Description = "RFC 9457 problem details, for requests refused before they reach the REST API.",
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["request_id"] = new OpenApiSchema { Type = JsonSchemaType.String },
            },
        };
    }
}
