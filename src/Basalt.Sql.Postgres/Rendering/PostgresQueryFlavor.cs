using System.Globalization;
using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Spec.Schema;
using Basalt.Sql.Rendering;

namespace Basalt.Sql.Postgres.Rendering;

/// <summary>
/// PostgreSQL's spelling of a REST query: <c>json_build_object</c>/<c>json_agg</c>, values left to <c>to_json</c>
/// (the session runs in UTC, so timestamptz reads <c>2026-11-23T16:00:00.123+00:00</c>), native casts and JSON arrows.
/// </summary>
internal sealed class PostgresQueryFlavor : SqlFlavor
{
    // json_build_object takes at most 100 arguments (FUNC_MAX_ARGS): 50 pairs.
    private const int MaxBuildObjectPairs = 50;

    public static PostgresQueryFlavor Instance { get; } = new();

    public override ConditionRenderer Conditions { get; } = new PostgresConditionRenderer();

    public override string NullText => "NULL::text";

    public override string NullCount => "NULL::bigint";

    public override string Quote(string identifier) => PostgresSql.Quote(identifier);

    public override string Table(TableName table) => PostgresSql.QuoteTable(table);

    public override string Literal(string text) => PostgresSql.Literal(text);

    public override string JsonObject(IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        if (pairs.Count <= MaxBuildObjectPairs)
        {
            return "json_build_object(" + string.Join(", ", pairs.Select(p => Literal(p.Key) + ", " + p.Value)) + ")";
        }
        // A wider object: the row of a one-row subquery, whose column names are the keys.
        return "(SELECT row_to_json(r) FROM (SELECT " + string.Join(", ", pairs.Select(p => p.Value + " AS " + Quote(p.Key))) + ") AS r)";
    }

    public override string JsonArrayAggregate(string objects, bool fromSubquery) => $"coalesce(json_agg({objects}), '[]')";

    public override string JsonArrayOfOne(string value) => $"json_build_array({value})";

    // PostgreSQL puts nulls last ascending and first descending.
    public override string Nulls(SortDirection direction, NullsOrder nulls) =>
        (direction == SortDirection.Asc) == (nulls == NullsOrder.Last) ? "" : nulls == NullsOrder.First ? " NULLS FIRST" : " NULLS LAST";

    public override string DocumentText(string json) => $"({json})::text";

    public override string Output(string expression, ColumnType type) => expression;

    public override string Cast(string expression, ColumnType from, ColumnType to) => $"({expression})::{TypeName(to)}";

    public override string JsonPath(QueryWriter writer, string column, FieldRef field)
    {
        var path = string.Concat(field.Json.Select(step =>
        {
            var key = step.IsIndex
                ? writer.Parameter(new SqlValue(new ColumnType(ColumnKind.Integer), long.Parse(step.Key, CultureInfo.InvariantCulture)))
                : writer.Parameter(SqlValue.Text(step.Key));
            return (step.AsText ? " ->> " : " -> ") + key;
        }));
        // A json column's -> gives json, which has no equality or ordering: read it as the jsonb the plan expects.
        var asJson = field.Column.Type.Kind == ColumnKind.Json && !field.Json[^1].AsText;
        return asJson ? "(" + column + path + ")::jsonb" : "(" + column + path + ")";
    }

    public override string Page(long? limit, long offset) =>
        (limit is { } l ? " LIMIT " + l.ToString(CultureInfo.InvariantCulture) : "")
        + (offset > 0 ? " OFFSET " + offset.ToString(CultureInfo.InvariantCulture) : "");

    public override string InsertDefault(TableSchema table, ColumnSchema column) => "DEFAULT";

    /// <summary>The type a cast names; enum casts need the column's own type, which a cast target does not carry.</summary>
    public static string TypeName(ColumnType type) => PostgresTypeMapper.BuiltInScalar(type) + (type.IsArray ? "[]" : "");
}
