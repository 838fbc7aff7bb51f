using System.Data.Common;
using Basalt.Query.Planning;
using Basalt.Sql.Rendering;
using Npgsql;

namespace Basalt.Sql.Postgres.Rendering;

/// <summary>
/// REST plans as one PostgreSQL statement that returns the whole document: a read aggregates its rows with
/// <c>json_agg</c>; a write runs inside a CTE (<c>WITH m AS (INSERT … RETURNING *)</c>) whose rows feed the
/// representation, the count and the keys of the same statement.
/// </summary>
internal sealed class PostgresQueryRenderer : IQueryRenderer
{
    public static PostgresQueryRenderer Instance { get; } = new();

    public SqlCommand Render(QueryPlan plan)
    {
        var writer = new QueryWriter(PostgresQueryFlavor.Instance);
        var select = new SelectRenderer(writer);
        if (plan is ReadPlan read)
        {
            return writer.Command(select.ReadDocument(read), ResultShape.Document);
        }
        var mutation = (MutationPlan)plan;
        var alias = writer.NextAlias();
        var dml = new MutationRenderer(writer, $"{PostgresSql.QuoteTable(plan.Table.Name)} AS {alias}", alias);
        var statement = dml.Statement(mutation, select);
        return writer.Command($"WITH m AS ({statement} RETURNING *) SELECT {Returning(mutation, select, writer)}", ResultShape.Document);
    }

    public DbCommand Prepare(DbConnection connection, SqlCommand command)
    {
        var npgsql = new NpgsqlCommand(command.Text, (NpgsqlConnection)connection);
        foreach (var argument in command.Arguments)
        {
            npgsql.Parameters.Add(PostgresParameterBinder.Bind(argument));
        }
        return npgsql;
    }

    private static string Returning(MutationPlan mutation, SelectRenderer select, QueryWriter writer)
    {
        var returning = mutation.Returning;
        var flavor = writer.Flavor;
        var body = flavor.NullText;
        if (returning.Shape is { } shape)
        {
            var alias = writer.NextAlias();
            body = flavor.DocumentText("(" + select.Array(shape, "m AS " + alias, alias, []) + ")");
        }
        var keys = flavor.NullText;
        if (returning.PrimaryKey)
        {
            var alias = writer.NextAlias();
            var key = select.KeyObject(mutation.Table, alias);
            keys = flavor.DocumentText($"(SELECT {flavor.JsonArrayAggregate(key, fromSubquery: false)} FROM m AS {alias})");
        }
        var total = returning.Count is null ? flavor.NullCount : "(SELECT count(*) FROM m)";
        var denied = "";
        if (mutation.Check is { } check)
        {
            var alias = writer.NextAlias();
            denied = $", (SELECT count(*) FROM m AS {alias} WHERE ({select.Predicate(check, alias)}) IS NOT TRUE) AS denied";
        }
        return $"{body} AS body, (SELECT count(*) FROM m) AS rows, {total} AS total, {keys} AS keys{denied}";
    }
}
