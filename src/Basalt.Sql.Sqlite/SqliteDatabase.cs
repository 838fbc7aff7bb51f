using System.Data.Common;
using Basalt.Spec.Settings;
using Basalt.Sql.Sqlite.Sessions;
using Microsoft.Data.Sqlite;

namespace Basalt.Sql.Sqlite;

/// <summary>
/// One SQLite file. Every connection it opens is pooled and set up the same way: WAL (so readers never block
/// the writer), <c>synchronous=FULL</c> unless the spec asks for NORMAL (FULL survives power loss; NORMAL may
/// lose the writes since the last checkpoint), foreign keys on, a busy timeout, and the <c>regexp</c> function.
/// Requests run on connections of their own (<see cref="SqliteSessionPool"/>), set up once and kept open.
/// </summary>
internal sealed class SqliteDatabase : IDatabase
{
    private readonly string connectionString;
    private readonly string sessionConnectionString;
    private readonly string setup;
    private readonly SqliteSessionPool sessions;
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
        sessionConnectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        sessions = new SqliteSessionPool(cancellationToken => OpenConfiguredAsync(sessionConnectionString, cancellationToken));
        var synchronous = string.Equals(settings.Synchronous, "normal", StringComparison.OrdinalIgnoreCase) ? "NORMAL" : "FULL";
        // Per connection, not stored in the file: run on every open, since a pooled connection may come back
        // from a migration that turned foreign keys off.
        setup = $"PRAGMA synchronous={synchronous}; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000";
    }

    public ISqlDialect Dialect { get; }

    public string DisplayName { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await OpenConfiguredAsync(connectionString, cancellationToken);

    public async ValueTask<IQuerySession> OpenSessionAsync(CancellationToken cancellationToken = default) =>
        await sessions.RentAsync(cancellationToken);

    private async Task<SqliteConnection> OpenConfiguredAsync(string target, CancellationToken cancellationToken)
    {
        var first = Volatile.Read(ref walConfirmed) == 0;
        if (first && Path.GetDirectoryName(DisplayName) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
        var connection = new SqliteConnection(target);
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

    public async ValueTask DisposeAsync()
    {
        await sessions.DisposeAsync();
        // Closes the pooled handles, so the file can be moved or deleted once the last connection is returned.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
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
