using System.Data.Common;
using Basalt.Spec.Settings;
using Microsoft.Data.Sqlite;

namespace Basalt.Sql.Sqlite;

/// <summary>
/// One SQLite file. Every connection it opens is pooled and set up the same way: WAL (so readers never block
/// the writer), <c>synchronous=FULL</c> unless the spec asks for NORMAL (FULL survives power loss; NORMAL may
/// lose the writes since the last checkpoint), foreign keys on, a busy timeout, and the <c>regexp</c> function.
/// </summary>
internal sealed class SqliteDatabase : IDatabase
{
    private readonly string connectionString;
    private readonly string setup;
    private int walConfirmed;

    public SqliteDatabase(ISqlDialect dialect, DatabaseSettings settings)
    {
        Dialect = dialect;
        DisplayName = Path.GetFullPath(settings.Url);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DisplayName,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
        var synchronous = string.Equals(settings.Synchronous, "normal", StringComparison.OrdinalIgnoreCase) ? "NORMAL" : "FULL";
        // Per connection, not stored in the file: run on every open, since a pooled connection may come back
        // from a migration that turned foreign keys off.
        setup = $"PRAGMA synchronous={synchronous}; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000";
    }

    public ISqlDialect Dialect { get; }

    public string DisplayName { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var first = Volatile.Read(ref walConfirmed) == 0;
        if (first && Path.GetDirectoryName(DisplayName) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            SqliteFunctions.Register(connection);
            if (first)
            {
                await EnableWalAsync(connection, cancellationToken);
                Volatile.Write(ref walConfirmed, 1);
            }
            await using var command = connection.CreateCommand();
            command.CommandText = setup;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        // Closes the pooled handles, so the file can be moved or deleted once the last connection is returned.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    /// <summary>WAL is stored in the file, so once per database object is enough; a refusal is an error, not a silent fallback.</summary>
    private async Task EnableWalAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL";
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{DisplayName}: SQLite refused journal_mode=WAL (it stayed '{mode}'); is the file on a network file system?");
        }
    }
}
