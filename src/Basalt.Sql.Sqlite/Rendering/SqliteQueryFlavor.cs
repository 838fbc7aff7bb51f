using System.Globalization;
using System.Text;
using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Spec.Schema;
using Basalt.Sql.Rendering;

namespace Basalt.Sql.Sqlite.Rendering;

/// <summary>
/// SQLite's spelling of a REST query: <c>json_object</c>/<c>json_group_array</c>, and the conversions that make a
/// stored value read as PostgreSQL would print it (0/1 as false/true, JSON text as JSON, times through the
/// <c>basalt_*</c> functions <see cref="SqliteFunctions"/> registers, blobs as <c>\x…</c> hex).
/// </summary>
internal sealed class SqliteQueryFlavor : SqlFlavor
{
    public static SqliteQueryFlavor Instance { get; } = new();

    public override ConditionRenderer Conditions { get; } = new SqliteConditionRenderer();

    public override string NullText => "NULL";

    public override string NullCount => "NULL";

    public override string Quote(string identifier) => SqliteSyntax.QuoteIdentifier(identifier);

    public override string Table(TableName table) => SqliteSyntax.QuoteTable(table);

    public override string Literal(string text) => SqliteSyntax.QuoteLiteral(text);

    public override string JsonObject(IReadOnlyList<KeyValuePair<string, string>> pairs) =>
        "json_object(" + string.Join(", ", pairs.Select(p => Literal(p.Key) + ", " + p.Value)) + ")";

    // A subquery's column is plain text to the outer query: json() marks it as JSON again so it is not quoted.
    public override string JsonArrayAggregate(string objects, bool fromSubquery) =>
        fromSubquery ? $"json_group_array(json({objects}))" : $"json_group_array({objects})";

    public override string JsonArrayOfOne(string value) => $"json_array({value})";

    // SQLite puts nulls first ascending and last descending (it sorts NULL as the smallest value).
    public override string Nulls(SortDirection direction, NullsOrder nulls) =>
        (direction == SortDirection.Asc) == (nulls == NullsOrder.First) ? "" : nulls == NullsOrder.First ? " NULLS FIRST" : " NULLS LAST";

    public override string DocumentText(string json) => json;

    public override string Output(string expression, ColumnType type)
    {
        if (type.IsArray || type.Kind is ColumnKind.Json or ColumnKind.Jsonb)
        {
            return $"json({expression})";
        }
        return type.Kind switch
        {
            ColumnKind.Boolean => $"json(CASE {expression} WHEN 1 THEN 'true' WHEN 0 THEN 'false' END)",
            ColumnKind.TimestampTz => $"basalt_timestamptz({expression})",
            ColumnKind.Timestamp => $"basalt_timestamp({expression})",
            ColumnKind.Time => $"basalt_time({expression})",
            ColumnKind.Bytea => $"basalt_bytea({expression})",
            _ => expression,
        };
    }

    public override string Cast(string expression, ColumnType from, ColumnType to)
    {
        if (to.IsArray || to.Kind is ColumnKind.Json or ColumnKind.Jsonb)
        {
            return expression;
        }
        return to.Kind switch
        {
            ColumnKind.Text => $"basalt_text({expression}, {Literal(from.SpecName)})",
            ColumnKind.SmallInt or ColumnKind.Integer or ColumnKind.BigInt => $"CAST({expression} AS INTEGER)",
            ColumnKind.Real or ColumnKind.Double or ColumnKind.Numeric => $"CAST({expression} AS REAL)",
            ColumnKind.Boolean when from.Kind == ColumnKind.Boolean && !from.IsArray => expression,
            ColumnKind.Boolean => $"basalt_boolean({expression})",
            _ => expression,
        };
    }

    /// <summary>
    /// The whole path as one SQLite JSON path (<c>$."a"[0][#-1]</c>): <c>-&gt;</c> gives the value's JSON text, the
    /// text form PostgreSQL's <c>-&gt;&gt;</c> gives comes from <c>basalt_json_text</c> (booleans as true/false, not 1/0).
    /// </summary>
    public override string JsonPath(QueryWriter writer, string column, FieldRef field)
    {
        var steps = field.Json;
        var path = new StringBuilder("$");
        foreach (var step in steps)
        {
            if (!step.IsIndex)
            {
                path.Append(".\"").Append(step.Key).Append('"');
            }
            else if (step.Key.StartsWith('-'))
            {
                path.Append("[#").Append(step.Key).Append(']');
            }
            else
            {
                path.Append('[').Append(step.Key).Append(']');
            }
        }
        var value = $"({column} -> {writer.Parameter(SqlValue.Text(path.ToString()))})";
        var jsonb = field.Column.Type.Kind == ColumnKind.Jsonb ? 1 : 0;
        return steps[^1].AsText ? $"basalt_json_text({value}, {jsonb})" : value;
    }

    public override string Sortable(string expression, ColumnType type)
    {
        if (!type.IsArray && type.Kind is ColumnKind.Json or ColumnKind.Jsonb)
        {
            // JSON text does not sort as jsonb does (numbers by value, strings before numbers).
            return $"basalt_jsonb_sort({expression})";
        }
        if (type.Kind != ColumnKind.Enum || type.IsArray)
        {
            return expression;
        }
        // PostgreSQL orders an enum by declaration, not by label.
        return EnumOrdinal(expression, type);
    }

    public override string Page(long? limit, long offset)
    {
        if (limit is null && offset == 0)
        {
            return "";
        }
        // SQLite has no OFFSET without LIMIT; -1 is no limit.
        var page = " LIMIT " + (limit ?? -1).ToString(CultureInfo.InvariantCulture);
        return offset > 0 ? page + " OFFSET " + offset.ToString(CultureInfo.InvariantCulture) : page;
    }

    /// <summary>SQLite has no DEFAULT inside VALUES: the column's default expression, or NULL (which an identity key turns into the next id).</summary>
    public override string InsertDefault(TableSchema table, ColumnSchema column) =>
        SqliteDefaultRenderer.Render(column) is { } value ? "(" + value.Expression + ")" : "NULL";
}
