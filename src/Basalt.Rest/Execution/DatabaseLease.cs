using System.Data.Common;
using Basalt.Sql;

namespace Basalt.Rest.Execution;

/// <summary>
/// A session with the command and reader open on it, released together once: the reader, the transaction (rolled back if
/// still open), then the session, which keeps its command for the next request unless <see cref="Discard"/> was called.
/// </summary>
internal sealed class DatabaseLease(IQuerySession session) : IAsyncDisposable
{
    private int disposed;

    public IQuerySession Session => session;

    public DbConnection Connection => session.Connection;

    public DbDataReader? Reader { get; set; }

    public DbTransaction? Transaction { get; set; }

    /// <summary>Something failed on the connection: close it rather than hand it to another request.</summary>
    public void Discard() => session.Discard();

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
        if (Transaction is not null)
        {
            await Transaction.DisposeAsync();
        }
        await session.DisposeAsync();
    }
}
