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
/// <remarks>
/// What a client can still tell apart from PostgreSQL (the rendering tests pin everything else):
/// <list type="bullet">
/// <item>numeric is REAL: equal by value, not by text (<c>10.5</c> for numeric(10,2)'s <c>10.50</c>), double precision.</item>
/// <item>jsonb reads with PostgreSQL's key order but compact (<c>{"a":1}</c>, not <c>{"a": 1}</c>); numbers as written.</item>
/// <item>Times are stored with milliseconds (as <c>now()</c> writes them), six digits only when there are microseconds;
/// a millisecond value and a microsecond value within the same millisecond compare as text.</item>
/// <item><c>ilike</c> folds case as .NET's invariant culture does; <c>match</c>/<c>imatch</c> are .NET regular
/// expressions, not POSIX ones (PostgreSQL-only escapes such as <c>\m</c> or <c>\y</c> differ).</item>
/// <item>Full-text search knows <c>english</c> (the default: Porter2 and its stop words) and <c>simple</c>; every other
/// configuration behaves as simple; the tokenizer is simpler (URLs, e-mails, signed numbers); a malformed to_tsquery
/// is read leniently instead of failing with 42601; weights are ignored.</item>
/// <item>A JSON path key containing a double quote cannot be written in SQLite's path syntax and fails.</item>
/// <item>Casts: <c>::text</c> of a number prints SQLite's double; text that is not a number casts to 0, not 22P02.</item>
/// <item>min/max of an enum compare labels alphabetically (ordering and comparisons do follow the declaration).</item>
/// <item>Writes: rows come back in the engine's order; a representation cannot aggregate (<c>select=count()</c>).</item>
/// <item>Text may hold NUL characters (PostgreSQL refuses them with 22021).</item>
/// <item>Text sorts by code point (BINARY), as PostgreSQL does under the C and C.UTF-8 collations only.</item>
/// </list>
/// </remarks>
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
        var statement = dml.Statement(mutation, select);
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
        var denied = mutation.Check is { } check ? $", CASE WHEN {select.Predicate(check, table)} THEN 0 ELSE 1 END AS denied" : "";
        return writer.Command($"{statement} RETURNING {item} AS item, {key} AS key{denied}", ResultShape.RowPerItem);
    }

    public DbCommand Prepare(DbConnection connection, SqlCommand command)
    {
        var sqlite = new SqliteCommand(command.Text, (SqliteConnection)connection);
        Bind(sqlite, command);
        return sqlite;
    }

    /// <summary>Replaces the values of <paramref name="sqlite"/> (new, or prepared by an earlier request) with <paramref name="command"/>'s.</summary>
    public static void Bind(SqliteCommand sqlite, SqlCommand command)
    {
        sqlite.Parameters.Clear();
        foreach (var argument in command.Arguments)
        {
            sqlite.Parameters.AddWithValue(argument.Name, SqliteStoredValue.Of(argument.Value));
        }
    }
}
