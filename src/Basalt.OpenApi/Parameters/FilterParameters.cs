using System.Text.Json.Nodes;
using Basalt.Spec.Schema;
using Microsoft.OpenApi;

namespace Basalt.OpenApi.Parameters;

/// <summary>
/// A column's horizontal filter, <c>?column=operator.value</c>. The value is always text in the URL, so the schema is
/// a string; the description lists the operators that make sense for the column's type, with an example.
/// </summary>
internal static class FilterParameters
{
    private static readonly string[] Comparisons = ["eq", "neq", "gt", "gte", "lt", "lte", "in", "is", "isdistinct"];
    private static readonly string[] Text = ["like", "ilike", "match", "imatch", "fts", "plfts", "phfts", "wfts"];

    public static OpenApiParameter For(ColumnSchema column) => new()
    {
        Name = column.Name,
        In = ParameterLocation.Query,
        Description = $"Filter on `{column.Name}` ({column.Type}{(column.Nullable ? ", nullable" : "")}): `{column.Name}=operator.value`, "
            + $"e.g. `{column.Name}={Example(column)}`. Operators: {string.Join(", ", Operators(column.Type).Select(o => $"`{o}`"))}; `not.` negates"
            + (column.Type.IsTextual || column.Type.IsNumber ? ", `(any)`/`(all)` compare with a list (`eq(any).{a,b}`)" : "")
            + ". Repeat the parameter to AND conditions.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^(not\.)?[a-z]+(\([a-z_]+\))?\..*$" },
        Example = JsonValue.Create(Example(column)),
    };

    private static IEnumerable<string> Operators(ColumnType type)
    {
        if (type.IsArray)
        {
            return ["eq", "neq", "cs", "cd", "ov", "is", "isdistinct"];
        }
        return type.Kind switch
        {
            ColumnKind.Text => [.. Comparisons, .. Text],
            ColumnKind.Boolean => ["eq", "neq", "is", "isdistinct"],
            ColumnKind.Json => ["is", "isdistinct"],
            ColumnKind.Jsonb => ["eq", "neq", "cs", "cd", "is", "isdistinct"],
            ColumnKind.Bytea => ["eq", "neq", "in", "is", "isdistinct"],
            _ => Comparisons,
        };
    }

    private static string Example(ColumnSchema column)
    {
        if (column.Type.IsArray)
        {
            return column.Type.Kind == ColumnKind.Enum && column.Type.Values.Count > 0 ? $"cs.{{{column.Type.Values[0]}}}" : "cs.{a,b}";
        }
        return column.Type.Kind switch
        {
            ColumnKind.Text => column.Pattern is null ? "ilike.*word*" : "eq.value",
            ColumnKind.SmallInt or ColumnKind.Integer or ColumnKind.BigInt => "eq.1",
            ColumnKind.Real or ColumnKind.Double or ColumnKind.Numeric => "gte.10.5",
            ColumnKind.Boolean => "is.true",
            ColumnKind.Uuid => "eq.00000000-0000-0000-0000-000000000000",
            ColumnKind.Date => "gte.2026-01-01",
            ColumnKind.Time => "lt.12:00:00",
            ColumnKind.Timestamp => "gte.2026-01-01T00:00:00",
            ColumnKind.TimestampTz => "gte.2026-01-01T00:00:00Z",
            ColumnKind.Enum when column.Type.Values.Count > 0 => "eq." + column.Type.Values[0],
            ColumnKind.Jsonb => "cs.{\"key\":\"value\"}",
            _ => column.Nullable ? "is.null" : "not.is.null",
        };
    }
}
