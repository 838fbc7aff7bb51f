using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Spec.Schema;
using Basalt.Sql.Rendering;

namespace Basalt.Sql.Sqlite.Rendering;

/// <summary>
/// PostgREST's operators emulated on SQLite: <c>like</c> as GLOB (SQLite's LIKE ignores ASCII case), <c>ilike</c>
/// and the regular expressions through registered functions, array containment over <c>json_each</c>, jsonb
/// containment and full-text search in C# (<see cref="SqliteFunctions"/>).
/// </summary>
internal sealed class SqliteConditionRenderer : ConditionRenderer
{
    protected override string Pattern(QueryWriter writer, FilterOperator op, string field, SqlValue value, ColumnType type)
    {
        var pattern = value.Value as string ?? "";
        return op switch
        {
            FilterOperator.Like => $"{field} GLOB {writer.Parameter(SqlValue.Text(SqlitePatterns.LikeToGlob(pattern)))}",
            FilterOperator.Ilike => $"basalt_ilike({field}, {writer.Parameter(value)})",
            FilterOperator.Match => $"{field} REGEXP {writer.Parameter(value)}",
            _ => $"{field} REGEXP {writer.Parameter(SqlValue.Text("(?i)" + pattern))}",
        };
    }

    protected override string IsDistinct(string field, string value) => $"{field} IS NOT {value}";

    protected override string IsUnknown(string field) => $"{field} IS NULL";

    protected override string Containment(QueryWriter writer, FilterOperator op, string field, SqlValue value, ColumnType type)
    {
        var parameter = writer.Parameter(value);
        if (!type.IsArray)
        {
            // json/jsonb: PostgreSQL's structural containment, in C#.
            return op == FilterOperator.Cd ? $"basalt_jsonb_contains({parameter}, {field})" : $"basalt_jsonb_contains({field}, {parameter})";
        }
        var a = writer.NextAlias();
        var b = writer.NextAlias();
        var test = op switch
        {
            // Every element of the value is in the column (an element NULL is never found, as in PostgreSQL).
            FilterOperator.Cs => $"NOT EXISTS (SELECT 1 FROM json_each({parameter}) AS {a} WHERE NOT EXISTS (SELECT 1 FROM json_each({field}) AS {b} WHERE {b}.value = {a}.value))",
            FilterOperator.Cd => $"NOT EXISTS (SELECT 1 FROM json_each({field}) AS {a} WHERE NOT EXISTS (SELECT 1 FROM json_each({parameter}) AS {b} WHERE {b}.value = {a}.value))",
            _ => $"EXISTS (SELECT 1 FROM json_each({field}) AS {a} JOIN json_each({parameter}) AS {b} ON {b}.value = {a}.value)",
        };
        // NULL in, NULL out, as PostgreSQL's operators (so NOT keeps excluding the row).
        return $"(CASE WHEN {field} IS NULL OR {parameter} IS NULL THEN NULL ELSE {test} END)";
    }

    protected override string FullText(QueryWriter writer, FilterOperator op, string? language, string field, SqlValue value, ColumnType type)
    {
        var mode = op switch
        {
            FilterOperator.Fts => "'fts'",
            FilterOperator.Plfts => "'plfts'",
            FilterOperator.Phfts => "'phfts'",
            _ => "'wfts'",
        };
        var config = language is null ? "NULL" : writer.Parameter(SqlValue.Text(language));
        return $"basalt_fts({field}, {writer.Parameter(value)}, {mode}, {config})";
    }
}
