using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Spec.Schema;
using Basalt.Sql.Rendering;

namespace Basalt.Sql.Postgres.Rendering;

/// <summary>PostgREST's operators as PostgreSQL has them: LIKE/ILIKE, <c>~</c>/<c>~*</c>, <c>@&gt;</c>/<c>&lt;@</c>/<c>&amp;&amp;</c>, text search.</summary>
internal sealed class PostgresConditionRenderer : ConditionRenderer
{
    protected override string Pattern(QueryWriter writer, FilterOperator op, string field, SqlValue value, ColumnType type)
    {
        var symbol = op switch
        {
            FilterOperator.Like => "LIKE",
            FilterOperator.Ilike => "ILIKE",
            FilterOperator.Match => "~",
            _ => "~*",
        };
        return $"{AsText(field, type)} {symbol} {writer.Parameter(value)}";
    }

    protected override string IsDistinct(string field, string value) => $"{field} IS DISTINCT FROM {value}";

    protected override string IsUnknown(string field) => $"{field} IS UNKNOWN";

    protected override string Containment(QueryWriter writer, FilterOperator op, string field, SqlValue value, ColumnType type)
    {
        var symbol = op switch
        {
            FilterOperator.Cs => "@>",
            FilterOperator.Cd => "<@",
            _ => "&&",
        };
        var parameter = writer.Parameter(value);
        // json has no containment operators; jsonb's apply to its value.
        return !type.IsArray && type.Kind == ColumnKind.Json
            ? $"({field})::jsonb {symbol} ({parameter})::jsonb"
            : $"{field} {symbol} {parameter}";
    }

    protected override string FullText(QueryWriter writer, FilterOperator op, string? language, string field, SqlValue value, ColumnType type)
    {
        var config = language is null ? "'english'::regconfig" : $"({writer.Parameter(SqlValue.Text(language))})::regconfig";
        var query = op switch
        {
            FilterOperator.Fts => "to_tsquery",
            FilterOperator.Plfts => "plainto_tsquery",
            FilterOperator.Phfts => "phraseto_tsquery",
            _ => "websearch_to_tsquery",
        };
        return $"to_tsvector({config}, {AsText(field, type)}) @@ {query}({config}, {writer.Parameter(value)})";
    }

    private static string AsText(string field, ColumnType type) => type.IsTextual ? field : $"({field})::text";
}
