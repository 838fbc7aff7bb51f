using System.Data.Common;
using Npgsql;

namespace Basalt.Sql.Postgres.Connecting;

/// <summary>One PostgreSQL database behind a pooled <see cref="NpgsqlDataSource"/>; creating it does no I/O.</summary>
internal sealed class PostgresDatabase(ISqlDialect dialect, NpgsqlConnectionStringBuilder connectionString) : IDatabase
{
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public ISqlDialect Dialect => dialect;

    public string DisplayName { get; } = PostgresConnectionString.DisplayName(connectionString);

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
