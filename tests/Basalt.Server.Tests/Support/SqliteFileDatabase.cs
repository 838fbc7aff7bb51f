using System.Data.Common;
using Basalt.Sql;
using Basalt.Sql.Sqlite;
using Microsoft.Data.Sqlite;

namespace Basalt.Server.Tests.Support;

/// <summary>
/// A real SQLite file behind the <see cref="IDatabase"/> contract, for the server's tests only: the production
/// SQLite database comes from the dialect project. No pooling, so the temp folder can be deleted afterwards. With
/// <paramref name="asInProduction"/>, connections come from the dialect's own database (its pragmas and the REST
/// renderer's functions), as the REST tests need.
/// </summary>
internal sealed class SqliteFileDatabase(string path, bool asInProduction = false) : IDatabase
{
    private readonly IDatabase? production = asInProduction
        ? SqliteDialect.Instance.Connect(new Basalt.Spec.Settings.DatabaseSettings(Basalt.Spec.Settings.DatabaseProvider.Sqlite, path))
        : null;

    public ISqlDialect Dialect => SqliteDialect.Instance;

    public string DisplayName => path;

    public bool IsDisposed { get; private set; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        if (production is not null)
        {
            return await production.OpenAsync(cancellationToken);
        }
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
        return production?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
