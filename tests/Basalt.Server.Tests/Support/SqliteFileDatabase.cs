using System.Data.Common;
using Basalt.Sql;
using Basalt.Sql.Sqlite;
using Microsoft.Data.Sqlite;

namespace Basalt.Server.Tests.Support;

/// <summary>
/// A real SQLite file behind the <see cref="IDatabase"/> contract, for the server's tests only: the production
/// SQLite database comes from the dialect project. No pooling, so the temp folder can be deleted afterwards.
/// </summary>
internal sealed class SqliteFileDatabase(string path) : IDatabase
{
    public ISqlDialect Dialect => SqliteDialect.Instance;

    public string DisplayName => path;

    public bool IsDisposed { get; private set; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
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
        IsDisposed = true;
        return ValueTask.CompletedTask;
    }
}
