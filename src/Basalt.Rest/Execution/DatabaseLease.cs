using System.Data.Common;

namespace Basalt.Rest.Execution;

/// <summary>A connection with the command and reader open on it, released together once (reader, command, connection).</summary>
internal sealed class DatabaseLease(DbConnection connection) : IAsyncDisposable
{
    private int disposed;

    public DbConnection Connection => connection;

    public DbCommand? Command { get; set; }

    public DbDataReader? Reader { get; set; }

    public DbTransaction? Transaction { get; set; }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }
        if (Reader is not null)
        {
            await Reader.DisposeAsync();
        }
        if (Command is not null)
        {
            await Command.DisposeAsync();
        }
        if (Transaction is not null)
        {
            await Transaction.DisposeAsync();
        }
        await connection.DisposeAsync();
    }
}
