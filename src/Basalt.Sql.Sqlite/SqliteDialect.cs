using System.Data.Common;
using Basalt.Spec.Schema;
using Basalt.Spec.Settings;
using Basalt.Sql.Ddl;
using Basalt.Sql.Errors;
using Basalt.Sql.Introspection;
using Basalt.Sql.Sqlite.Errors;

namespace Basalt.Sql.Sqlite;

/// <summary>
/// SQLite: STRICT tables whose CHECK constraints enforce the spec's types and rules in the file itself.
/// This type only routes; each concern lives in its own internal class (rendering, rebuilds, introspection, hooks).
/// </summary>
public sealed class SqliteDialect : ISqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string HistoryTableDdl =>
        "CREATE TABLE IF NOT EXISTS \"_basalt_migrations\" (\"id\" INTEGER PRIMARY KEY, \"name\" TEXT NOT NULL, \"checksum\" TEXT NOT NULL, "
        + "\"applied_at\" TEXT NOT NULL, \"snapshot\" TEXT NOT NULL, \"down_sql\" TEXT NOT NULL) STRICT";

    public string QuoteIdentifier(string identifier) => SqliteSyntax.QuoteIdentifier(identifier);

    public string QuoteTable(TableName table) => SqliteSyntax.QuoteTable(table);

    public IDatabase Connect(DatabaseSettings settings)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            throw new ArgumentException($"the SQLite dialect cannot connect to a {settings.Provider} database", nameof(settings));
        }
        return new SqliteDatabase(this, settings);
    }

    public IReadOnlyList<string> RenderMigration(IReadOnlyList<SchemaOperation> operations) => SqliteMigrationRenderer.Render(operations);

    public PhysicalSchema Expected(DatabaseSchema schema) => SqliteExpectedSchema.Build(schema);

    public Task<PhysicalSchema> IntrospectAsync(DbConnection connection, CancellationToken cancellationToken) =>
        SqliteIntrospector.ReadAsync(connection, cancellationToken);

    public Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        SqliteMigrationLock.AcquireAsync(connection, cancellationToken);

    public Task BeforeMigrationAsync(DbConnection connection, CancellationToken cancellationToken) =>
        SqliteMigrationHooks.BeforeAsync(connection, cancellationToken);

    public Task VerifyMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        SqliteMigrationHooks.VerifyAsync(connection, transaction, cancellationToken);

    public Task AfterMigrationAsync(DbConnection connection, CancellationToken cancellationToken) =>
        SqliteMigrationHooks.AfterAsync(connection, cancellationToken);

    /// <summary>SQLite's constraint and STRICT errors as PostgreSQL's SQLSTATEs and wording; the schema names what SQLite's message does not.</summary>
    public DatabaseError? TranslateError(Exception exception, DatabaseSchema schema) => SqliteErrorTranslator.Translate(exception, schema);

    /// <summary>REST plans as one statement each; writes return a row per affected row (SQLite has no DML in a CTE).</summary>
    public Basalt.Sql.Rendering.IQueryRenderer Queries => Rendering.SqliteQueryRenderer.Instance;
}
