using System.Data.Common;
using System.Text.Json.Nodes;
using Basalt.Query.Planning;

namespace Basalt.Sql.Rendering.Tests.Support;

/// <summary>
/// Renders a plan with the database's dialect, runs the one command in a transaction and reads its answer as the
/// executor will. Failures carry the SQL so a broken rendering is readable in the test output.
/// </summary>
public static class PlanExecutor
{
    public static Task<EngineResult> RunAsync(IDatabase database, QueryPlan plan, bool commit) => RunSequenceAsync(database, [plan], commit);

    /// <summary>Runs the plans in order in one transaction and returns the last one's answer.</summary>
    public static async Task<EngineResult> RunSequenceAsync(IDatabase database, IReadOnlyList<QueryPlan> plans, bool commit = false)
    {
        var renderer = database.Dialect.Queries;
        var engine = database.Dialect.Provider.ToString();
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        EngineResult? result = null;
        foreach (var plan in plans)
        {
            var command = renderer.Render(plan);
            if (Environment.GetEnvironmentVariable("BASALT_RENDER_DUMP") is { Length: > 0 } dump)
            {
                await File.AppendAllTextAsync(dump, $"-- {engine}\n{command}\n\n");
            }
            try
            {
                result = await ReadAsync(renderer, connection, transaction, command, plan, engine);
            }
            catch (DbException e)
            {
                throw new PlanFailedException(engine, command, e);
            }
        }
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }
        return result!;
    }

    private static async Task<EngineResult> ReadAsync(IQueryRenderer renderer, DbConnection connection, DbTransaction transaction, SqlCommand command, QueryPlan plan, string engine)
    {
        await using var db = renderer.Prepare(connection, command);
        db.Transaction = transaction;
        await using var reader = await db.ExecuteReaderAsync();
        if (command.Shape == ResultShape.Document)
        {
            if (!await reader.ReadAsync())
            {
                throw new Xunit.Sdk.XunitException($"{engine}: a document command returned no row\n{command}");
            }
            var result = new EngineResult(engine,
                Json(reader, "body"),
                Convert.ToInt64(reader["rows"], System.Globalization.CultureInfo.InvariantCulture),
                reader["total"] is DBNull ? null : Convert.ToInt64(reader["total"], System.Globalization.CultureInfo.InvariantCulture),
                Json(reader, "keys"),
                command.ToString());
            Assert.False(await reader.ReadAsync(), $"{engine}: a document command returned more than one row");
            return result;
        }
        var items = new JsonArray();
        var keys = new JsonArray();
        var rows = 0L;
        while (await reader.ReadAsync())
        {
            rows++;
            if (Json(reader, "item") is { } item)
            {
                items.Add(item);
            }
            if (Json(reader, "key") is { } key)
            {
                keys.Add(key);
            }
        }
        // As the executor assembles it: what the plan asked for, from the rows.
        var returning = ((MutationPlan)plan).Returning;
        return new EngineResult(engine, returning.Shape is null ? null : items, rows, returning.Count is null ? null : rows,
            returning.PrimaryKey ? keys : null, command.ToString());
    }

    private static JsonNode? Json(DbDataReader reader, string column) =>
        reader[column] is string text ? JsonNode.Parse(text) : null;
}
