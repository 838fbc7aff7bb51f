using System.Data.Common;
using Basalt.Query.Planning;
using Basalt.Sql.Rendering;
using Microsoft.Data.Sqlite;

namespace Basalt.Sql.Sqlite.Rendering;

/// <summary>
/// REST plans as one SQLite statement. A read returns the whole document, as on PostgreSQL. SQLite cannot put a
/// write inside a CTE, so a write returns one row per affected row (<see cref="ResultShape.RowPerItem"/>): its
/// <c>RETURNING</c> builds the row's object, embeds included (correlated subqueries are allowed there; they see the
/// statement's own changes), and its key.
/// </summary>
internal sealed class SqliteQueryRenderer : IQueryRenderer
{
    public static SqliteQueryRenderer Instance { get; } = new();

    public SqlCommand Render(QueryPlan plan)
    {
        var writer = new QueryWriter(SqliteQueryFlavor.Instance);
        var select = new SelectRenderer(writer);
        if (plan is ReadPlan read)
        {
            return writer.Command(select.ReadDocument(read), ResultShape.Document);
        }
        var mutation = (MutationPlan)plan;
        // RETURNING names the table itself: SQLite does not accept the statement's alias there.
        var table = SqliteSyntax.QuoteTable(plan.Table.Name);
        var dml = new MutationRenderer(writer, table, table);
        var statement = mutation switch
        {
            InsertPlan insert => dml.Insert(insert),
            UpdatePlan update => dml.Update(update, select),
            DeletePlan delete => dml.Delete(delete, select),
            _ => throw new NotSupportedException($"plan {plan.GetType().Name} cannot be rendered"),
        };
        var returning = mutation.Returning;
        var item = "NULL";
        if (returning.Shape is { } shape)
        {
            // RETURNING cannot filter: a row the representation leaves out (an !inner embed without a match) has no item.
            item = select.RowObject(shape, table);
            if (select.Filter(shape, table, []) is { } filter)
            {
                item = $"CASE WHEN {filter} THEN {item} END";
            }
        }
        var key = returning.PrimaryKey ? select.KeyObject(plan.Table, table) : "NULL";
        return writer.Command($"{statement} RETURNING {item} AS item, {key} AS key", ResultShape.RowPerItem);
    }

    public DbCommand Prepare(DbConnection connection, SqlCommand command)
    {
        var sqlite = new SqliteCommand(command.Text, (SqliteConnection)connection);
        foreach (var argument in command.Arguments)
        {
            sqlite.Parameters.AddWithValue(argument.Name, SqliteStoredValue.Of(argument.Value));
        }
        return sqlite;
    }
}
