using Basalt.OpenApi.Schemas;
using Basalt.Spec.Schema;
using Microsoft.OpenApi;

namespace Basalt.OpenApi.Operations;

/// <summary>
/// A table's request bodies: POST takes one row or an array (JSON), CSV with a header line, or one form-encoded
/// row; PATCH and PUT take one row as JSON or a form.
/// </summary>
internal static class TableRequestBodies
{
    public static string Insert(TableSchema table) => table.Name.Name + ".insert";

    public static string Update(TableSchema table) => table.Name.Name + ".update";

    public static string Replace(TableSchema table) => table.Name.Name + ".replace";

    public static void AddTo(OpenApiDocument document, TableSchema table)
    {
        var bodies = document.Components!.RequestBodies!;
        var name = table.Name.Name;
        var insert = new OpenApiSchemaReference(SchemaNames.Insert(table), document);
        bodies[Insert(table)] = new OpenApiRequestBody
        {
            Required = true,
            Description = $"One {name} row, or an array of rows inserted in one statement (all or none). Every object in an "
                + "array must have the same keys unless `columns` is given.",
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/json"] = new()
                {
                    Schema = new OpenApiSchema { OneOf = [insert, new OpenApiSchema { Type = JsonSchemaType.Array, Items = insert }] },
                },
                ["text/csv"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Description = $"A header line of column names, then one line per row (RFC 4180 quoting); a field that is exactly `NULL` is null, an empty field an empty string. Columns: {string.Join(",", table.Columns.Select(c => c.Name))}.",
                    },
                },
                ["application/x-www-form-urlencoded"] = new() { Schema = insert },
            },
        };
        bodies[Update(table)] = Single(document, SchemaNames.Update(table), $"The {name} columns to change.");
        bodies[Replace(table)] = Single(document, SchemaNames.Replace(table), $"The whole {name} row; its primary key must equal the filters'.");
    }

    private static OpenApiRequestBody Single(OpenApiDocument document, string schema, string description)
    {
        var reference = new OpenApiSchemaReference(schema, document);
        return new OpenApiRequestBody
        {
            Required = true,
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/json"] = new() { Schema = reference },
                ["application/x-www-form-urlencoded"] = new() { Schema = reference },
            },
        };
    }
}
