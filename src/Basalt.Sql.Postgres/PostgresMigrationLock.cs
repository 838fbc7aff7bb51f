using System.Data.Common;
using Npgsql;

namespace Basalt.Sql.Postgres;

/// <summary>
/// A session-level advisory lock held for the whole of an apply or rollback. Session locks outlive transactions and
/// survive a connection's return to the pool, so the handle always unlocks explicitly.
/// </summary>
internal sealed class PostgresMigrationLock : IAsyncDisposable
{
    // Any fixed 64-bit key works; this one spells "basalt_m" so it is recognisable in pg_locks.
    private const long Key = 0x62617361_6C745F6D;

    private readonly DbConnection connection;

    private PostgresMigrationLock(DbConnection connection) => this.connection = connection;

    public static async Task<IAsyncDisposable> AcquireAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", (NpgsqlConnection)connection))
        {
            command.Parameters.AddWithValue("key", Key);
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return new PostgresMigrationLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", (NpgsqlConnection)connection);
        command.Parameters.AddWithValue("key", Key);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
