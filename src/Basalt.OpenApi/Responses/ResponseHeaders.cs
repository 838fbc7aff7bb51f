using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Basalt.OpenApi.Responses;

/// <summary>The response headers PostgREST clients read: <c>Content-Range</c>, <c>Location</c> and <c>Preference-Applied</c>.</summary>
internal static class ResponseHeaders
{
    public const string ContentRange = "Content-Range";
    public const string Location = "Location";
    public const string PreferenceApplied = "Preference-Applied";

    public static void AddTo(OpenApiDocument document)
    {
        var headers = document.Components!.Headers!;
        headers[ContentRange] = new OpenApiHeader
        {
            Description = "The rows returned and the total: `first-last/total`, `*` for a total not counted (without "
                + "`Prefer: count=…`) and for no rows (`*/0`).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^([0-9]+-[0-9]+|\*)/([0-9]+|\*)$" },
            Example = JsonValue.Create("0-24/3573"),
        };
        headers[Location] = new OpenApiHeader
        {
            Description = "With `Prefer: return=headers-only`: the inserted row as a filter on its primary key, e.g. `/posts?id=eq.12`.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };
        headers[PreferenceApplied] = new OpenApiHeader
        {
            Description = "The preferences of `Prefer` that were honoured, comma-separated.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };
    }

    public static Dictionary<string, IOpenApiHeader> Of(OpenApiDocument document, params string[] names) =>
        names.ToDictionary(n => n, n => (IOpenApiHeader)new OpenApiHeaderReference(n, document), StringComparer.Ordinal);
}
