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
    /// A query shape run a second time on a connection is prepared there (Npgsql's automatic preparation), so requests
    /// of the same shape skip PostgreSQL's parse and plan, as a hand-written server with prepared statements does. REST
    /// commands return one JSON column whatever the table looks like, so a migration under a running server cannot
    /// change a prepared statement's result type. A <c>Max Auto Prepare</c> given in the URL wins.
    /// </summary>
    private static NpgsqlConnectionStringBuilder WithSessionSettings(NpgsqlConnectionStringBuilder builder)
    {
        var settings = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { IncludeErrorDetail = true, Timezone = "UTC" };
        if (builder.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = AutoPreparedStatements;
            settings.AutoPrepareMinUsages = 2;
        }
        return settings;
    }

    /// <summary>Statements each connection keeps prepared (Npgsql evicts the least used beyond this).</summary>
    private const int AutoPreparedStatements = 128;
}
