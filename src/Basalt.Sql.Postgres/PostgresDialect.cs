using System.Data.Common;
using Basalt.Spec.Schema;
using Basalt.Spec.Settings;
using Basalt.Sql.Ddl;
using Basalt.Sql.Errors;
using Basalt.Sql.Introspection;
using Basalt.Sql.Postgres.Connecting;
using Basalt.Sql.Postgres.Errors;
using Basalt.Sql.Postgres.Introspection;
using Basalt.Sql.Postgres.Rendering;
using Npgsql;

namespace Basalt.Sql.Postgres;

/// <summary>
/// PostgreSQL over Npgsql: native types, enum types, arrays, identity columns and named constraints. Spec tables
/// live unqualified in <c>public</c>, Basalt's own in <c>auth</c>; <c>auth.uid()</c> follows Supabase's convention
/// of reading the caller's id from the <c>request.jwt.claim.sub</c> setting. This type only routes: rendering,
/// introspection and connecting each live in their own folder.
/// </summary>
public sealed class PostgresDialect : ISqlDialect
{
    public static PostgresDialect Instance { get; } = new();

    public DatabaseProvider Provider => DatabaseProvider.Postgres;

    public string HistoryTableDdl =>
        """CREATE TABLE IF NOT EXISTS "_basalt_migrations" ("id" integer PRIMARY KEY, "name" text NOT NULL, "checksum" text NOT NULL, "applied_at" text NOT NULL, "snapshot" text NOT NULL, "down_sql" text NOT NULL)""";

    public string QuoteIdentifier(string identifier) => PostgresSql.Quote(identifier);

    public string QuoteTable(TableName table) => PostgresSql.QuoteTable(table);

    /// <exception cref="ArgumentException">The URL is malformed; the message shows the expected forms, never the password.</exception>
    public IDatabase Connect(DatabaseSettings settings) =>
        new PostgresDatabase(this, PostgresConnectionString.Parse(settings.Url));

    public IReadOnlyList<string> RenderMigration(IReadOnlyList<SchemaOperation> operations) =>
        PostgresMigrationRenderer.Render(operations);

    public PhysicalSchema Expected(DatabaseSchema schema) => PostgresExpectedSchema.Build(schema);

    public Task<PhysicalSchema> IntrospectAsync(DbConnection connection, CancellationToken cancellationToken) =>
        PostgresIntrospector.ReadAsync(connection, cancellationToken);

    /// <summary>Nothing to prepare: PostgreSQL's DDL is transactional as it is.</summary>
    public Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        PostgresMigrationLock.AcquireAsync(connection, cancellationToken);

    public Task BeforeMigrationAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Nothing to check: PostgreSQL validates foreign keys as they are added.</summary>
    public Task VerifyMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Reloads Npgsql's cache of the database's types: a migration may have created or changed enum types, and
    /// connections of the same data source could not read their values until the cache knows them.
    /// </summary>
    public async Task AfterMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (connection is NpgsqlConnection npgsql)
        {
            await npgsql.ReloadTypesAsync(cancellationToken);
        }
    }

    /// <summary>PostgreSQL's own error, passed through as PostgREST does; the schema is not needed.</summary>
    public DatabaseError? TranslateError(Exception exception, DatabaseSchema schema) => PostgresErrorTranslator.Translate(exception);

    /// <summary>REST plans as one statement each (reads and writes return the whole JSON document).</summary>
    public Basalt.Sql.Rendering.IQueryRenderer Queries => PostgresQueryRenderer.Instance;
}
