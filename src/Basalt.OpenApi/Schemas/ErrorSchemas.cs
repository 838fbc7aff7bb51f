using Microsoft.OpenApi;

namespace Basalt.OpenApi.Schemas;

/// <summary>PostgREST's error body <c>{code, message, details, hint}</c>, which every REST error uses.</summary>
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
    }
}
