using Basalt.OpenApi.Schemas;
using Basalt.Spec.Schema;
using Microsoft.OpenApi;

namespace Basalt.OpenApi.Responses;

/// <summary>
/// The bodies a table's rows come in, by <c>Accept</c>: a JSON array (default), one object
/// (<c>application/vnd.pgrst.object+json</c>, 406 PGRST116 unless exactly one row) or CSV.
/// </summary>
internal static class RowResponses
{
    public const string Object = "application/vnd.pgrst.object+json";

    public static Dictionary<string, OpenApiMediaType> Content(OpenApiDocument document, TableSchema table)
    {
        var row = new OpenApiSchemaReference(SchemaNames.Row(table), document);
        return new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
        {
            ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = row } },
            [Object] = new() { Schema = row },
            ["text/csv"] = new()
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A header line of column names, then one line per row." },
            },
        };
    }

    /// <summary>A response with rows, e.g. 200 of GET or of a write with <c>return=representation</c>.</summary>
    public static OpenApiResponse With(OpenApiDocument document, TableSchema table, string description, params string[] headers) => new()
    {
        Description = description + " `select` shapes each row (the schema is the `select=*` shape); "
            + "`Accept: application/vnd.pgrst.object+json` returns one object, `text/csv` CSV; `;nulls=stripped` leaves out nulls.",
        Headers = ResponseHeaders.Of(document, headers),
        Content = Content(document, table),
    };

    /// <summary>A response with headers only: HEAD, or a write with <c>return=minimal</c>.</summary>
    public static OpenApiResponse Without(OpenApiDocument document, string description, params string[] headers) => new()
    {
        Description = description,
        Headers = headers.Length == 0 ? null : ResponseHeaders.Of(document, headers),
    };
}
