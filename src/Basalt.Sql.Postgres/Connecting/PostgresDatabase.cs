using System.Data.Common;
using Npgsql;

namespace Basalt.Sql.Postgres.Connecting;

/// <summary>One PostgreSQL database behind a pooled <see cref="NpgsqlDataSource"/>; creating it does no I/O.</summary>
internal sealed class PostgresDatabase(ISqlDialect dialect, NpgsqlConnectionStringBuilder connectionString) : IDatabase
{
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(WithSessionSettings(connectionString));

    public ISqlDialect Dialect => dialect;

    public string DisplayName { get; } = PostgresConnectionString.DisplayName(connectionString);

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    /// <summary>
    /// The session runs in UTC, so a timestamptz reads back as <c>2026-11-23T16:00:00.123+00:00</c> in the JSON the
    /// REST renderer builds, identical to SQLite's.
    /// PostgREST passes PostgreSQL's DETAIL to clients (<c>Key (email)=(a@b.c) already exists.</c>), and Npgsql
    /// replaces it with a notice of its own unless error detail is on. The detail holds values of the row being
    /// written, so whatever logs a <see cref="PostgresException"/> logs them too.
    /// </summary>
    private static NpgsqlConnectionStringBuilder WithSessionSettings(NpgsqlConnectionStringBuilder builder) =>
        new(builder.ConnectionString) { IncludeErrorDetail = true, Timezone = "UTC" };
}
