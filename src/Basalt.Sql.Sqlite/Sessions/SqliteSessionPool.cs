using System.Collections.Concurrent;
using System.Data;
using Microsoft.Data.Sqlite;

namespace Basalt.Sql.Sqlite.Sessions;

/// <summary>
/// The connections requests run on, kept open between requests. Microsoft.Data.Sqlite's own pool keeps the file
/// handle but not what Basalt sets up on it (application functions, pragmas) nor prepared statements, so every rented
/// connection paid for both; these connections are set up once, when opened. They are apart from the connections
/// <see cref="SqliteDatabase.OpenAsync"/> gives migrations (no shared pool), so a migration that turns foreign keys
/// off never hands such a connection to a request. Renting never waits: with none idle, another is opened; at most
/// <see cref="IdleLimit"/> are kept idle, the rest closed on return.
/// </summary>
internal sealed class SqliteSessionPool(Func<CancellationToken, Task<SqliteConnection>> open) : IAsyncDisposable
{
    public const int IdleLimit = 64;

    private readonly ConcurrentBag<SqliteSession> idle = [];
    private int idleCount;
    private volatile bool disposed;

    public async ValueTask<SqliteSession> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (idle.TryTake(out var session))
        {
            Interlocked.Decrement(ref idleCount);
            return session;
        }
        return new SqliteSession(await open(cancellationToken), this);
    }

    public async ValueTask ReturnAsync(SqliteSession session)
    {
        // A connection left in a transaction (or broken) must not carry that state into the next request.
        var reusable = !disposed && !session.Discarded && session.SqliteConnection.State == ConnectionState.Open;
        if (reusable && Interlocked.Increment(ref idleCount) <= IdleLimit)
        {
            idle.Add(session);
            if (!disposed)
            {
                return;
            }
            // Disposed meanwhile: fall through to the drain below, which may or may not have seen this one.
            await DrainAsync();
            return;
        }
        if (reusable)
        {
            Interlocked.Decrement(ref idleCount);
        }
        await session.CloseAsync();
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        await DrainAsync();
    }

    private async ValueTask DrainAsync()
    {
        while (idle.TryTake(out var session))
        {
            Interlocked.Decrement(ref idleCount);
            await session.CloseAsync();
        }
    }
}
