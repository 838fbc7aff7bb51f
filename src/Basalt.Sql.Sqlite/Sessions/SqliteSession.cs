using System.Data.Common;
using Basalt.Sql.Rendering;
using Basalt.Sql.Sqlite.Rendering;
using Microsoft.Data.Sqlite;

namespace Basalt.Sql.Sqlite.Sessions;

/// <summary>
/// One open SQLite connection of a <see cref="SqliteSessionPool"/> with the statements requests have prepared on it,
/// keyed by their text: a query shape seen before skips SQLite's parse and plan, and only its values are bound again.
/// The cache is bounded; when full it starts over, since query shapes are few and a full cache means they are not.
/// </summary>
internal sealed class SqliteSession(SqliteConnection connection, SqliteSessionPool pool) : IQuerySession
{
    /// <summary>How many statements one connection keeps prepared.</summary>
    public const int StatementLimit = 128;

    private readonly Dictionary<string, SqliteCommand> statements = new(StringComparer.Ordinal);
    private bool discarded;

    public DbConnection Connection => connection;

    public SqliteConnection SqliteConnection => connection;

    public bool Discarded => discarded;

    public DbCommand Command(SqlCommand command)
    {
        if (!statements.TryGetValue(command.Text, out var sqlite))
        {
            if (statements.Count >= StatementLimit)
            {
                DisposeStatements();
            }
            sqlite = new SqliteCommand(command.Text, connection);
            statements.Add(command.Text, sqlite);
        }
        sqlite.Transaction = null;
        SqliteQueryRenderer.Bind(sqlite, command);
        return sqlite;
    }

    public void Discard() => discarded = true;

    /// <summary>Back to the pool, which keeps it or closes it.</summary>
    public ValueTask DisposeAsync() => pool.ReturnAsync(this);

    /// <summary>Closes the statements and the connection for good.</summary>
    public async ValueTask CloseAsync()
    {
        DisposeStatements();
        await connection.DisposeAsync();
    }

    private void DisposeStatements()
    {
        foreach (var statement in statements.Values)
        {
            statement.Dispose();
        }
        statements.Clear();
    }
}
