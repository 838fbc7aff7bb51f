using System.Data.Common;
using Basalt.Sql.Rendering;

namespace Basalt.Sql;

/// <summary>
/// The plain session: one opened connection, a new command per call bound by the dialect's renderer, everything disposed
/// together. Reuse, where an engine has any, is its driver's (Npgsql's pool and automatic preparation).
/// </summary>
public sealed class ConnectionSession(DbConnection connection, IQueryRenderer renderer) : IQuerySession
{
    private readonly List<DbCommand> commands = [];

    public DbConnection Connection => connection;

    public DbCommand Command(SqlCommand command)
    {
        var prepared = renderer.Prepare(connection, command);
        commands.Add(prepared);
        return prepared;
    }

    public void Discard()
    {
        // The driver's pool decides on reuse; a broken connection is its to drop.
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands)
        {
            await command.DisposeAsync();
        }
        commands.Clear();
        await connection.DisposeAsync();
    }
}
