using System.Text.Json.Nodes;
using Basalt.OpenApi.Relations;
using Basalt.OpenApi.Schemas;
using Basalt.Spec.Schema;
using Microsoft.OpenApi;

namespace Basalt.OpenApi.Parameters;

/// <summary>
/// A table's own parameters, with its column names in the descriptions and examples: <c>select</c>, <c>order</c>,
/// <c>on_conflict</c>, <c>columns</c>, and one horizontal filter per column.
/// </summary>
internal static class TableParameters
{
    /// <summary>Keys the grammar reads as something other than a filter, so a column of that name cannot be filtered by it.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "select", "columns", "on_conflict", "order", "limit", "offset", "or", "and" };

    /// <summary>The columns that get a filter parameter.</summary>
    public static IEnumerable<ColumnSchema> Filterable(TableSchema table) => table.Columns.Where(c => !Reserved.Contains(c.Name));

    public static void AddTo(OpenApiDocument document, DatabaseSchema schema, TableSchema table)
    {
        var parameters = document.Components!.Parameters!;
        var columns = string.Join(", ", table.Columns.Select(c => $"`{c.Name}`"));
        var embeds = EmbedCatalog.For(schema, table);
        parameters[ParameterNames.Select(table)] = Query("select",
            $"The columns to return (default `*`), comma-separated: {columns}. `alias:column` renames, `column::type` casts, "
            + "`column->key->>key` reads into JSON. Embedded tables: "
            + (embeds.Count == 0 ? "none (no relations)." : string.Join(", ", embeds.Select(e => $"`{e.Spelling}(…)`")) + "; `!inner` keeps only rows with a match, `...` spreads a to-one embed's columns, `table(count)` counts.")
            + " Also shapes the rows written by POST, PATCH, PUT and DELETE with `Prefer: return=representation`.",
            SelectExample(table, embeds));
        parameters[ParameterNames.Order(table)] = Query("order",
            $"Sort by {columns}: `column.asc|desc.nullsfirst|nullslast`, comma-separated. `{{embed}}.order` sorts an embedded table.",
            OrderExample(table));
        parameters[ParameterNames.OnConflict(table)] = Query("on_conflict",
            $"The unique columns an upsert (`Prefer: resolution=…`) matches on; default the primary key. Unique keys of {table.Name.Name}: "
            + string.Join(", ", UniqueKeys(table).Select(k => $"`{string.Join(",", k)}`")) + ".",
            string.Join(",", UniqueKeys(table).Last()));
        parameters[ParameterNames.Columns(table)] = Query("columns",
            $"Take only these keys from the body ({columns}); other keys are ignored, and with a bulk insert, columns missing from a row get their default.",
            string.Join(",", table.Columns.Where(TableSchemas.RequiredOnInsert).Select(c => c.Name).DefaultIfEmpty(table.Columns[0].Name)));
        foreach (var column in Filterable(table))
        {
            parameters[ParameterNames.Filter(table, column)] = FilterParameters.For(column);
        }
    }

    /// <summary>The primary key, then each unique constraint.</summary>
    private static IEnumerable<IReadOnlyList<string>> UniqueKeys(TableSchema table) =>
        new[] { table.PrimaryKey }.Concat(table.Uniques.Select(u => u.Columns)).Where(k => k.Count > 0);

    private static string SelectExample(TableSchema table, IReadOnlyList<Embed> embeds) =>
        embeds.Count > 0 ? $"*,{embeds[0].Spelling}(*)" : string.Join(",", table.Columns.Take(3).Select(c => c.Name));

    /// <summary>Newest first when the table has a timestamp, else by primary key.</summary>
    private static string OrderExample(TableSchema table) =>
        table.Columns.FirstOrDefault(c => c.Type is { Kind: ColumnKind.TimestampTz or ColumnKind.Timestamp, IsArray: false }) is { } time
            ? $"{time.Name}.desc"
            : string.Join(",", table.PrimaryKey.Select(k => k + ".asc"));

    private static OpenApiParameter Query(string name, string description, string example) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        Example = JsonValue.Create(example),
    };
}
