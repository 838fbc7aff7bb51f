using Basalt.Spec.Schema;
using Basalt.Spec.Settings;
using Basalt.Sql.Ddl;
using Basalt.Sql.Errors;
using Basalt.Sql.Introspection;

namespace Basalt.Sql;

/// <summary>
/// Everything Basalt knows about one database engine, behind one type per engine: quoting, connecting,
/// rendering DDL, introspecting, and the hooks a migration needs around its transaction. The engine-neutral
/// code (migrations, later the planner) talks only to this.
/// </summary>
public interface ISqlDialect
{
    DatabaseProvider Provider { get; }

    /// <summary>Quotes an identifier that came from the spec; input never reaches here.</summary>
    string QuoteIdentifier(string identifier);

    /// <summary>The table as SQL: <c>"auth"."users"</c> on PostgreSQL, <c>"auth_users"</c> on SQLite.</summary>
    string QuoteTable(TableName table);

    /// <summary>A handle on the database the settings describe. No I/O happens until a connection is opened.</summary>
    IDatabase Connect(DatabaseSettings settings);

    /// <summary>
    /// The statements that carry out the operations, in order. A dialect may reorder where its engine needs it
    /// (PostgreSQL adds foreign keys after every table of the step exists). Each string is one statement without
    /// a trailing semicolon.
    /// </summary>
    IReadOnlyList<string> RenderMigration(IReadOnlyList<SchemaOperation> operations);

    /// <summary>Creates the migration history table if it is absent (idempotent).</summary>
    string HistoryTableDdl { get; }

    /// <summary>The physical shape this schema has once migrated: what <see cref="IntrospectAsync"/> must find.</summary>
    PhysicalSchema Expected(DatabaseSchema schema);

    /// <summary>Reads the live shape of every table but the history table.</summary>
    Task<PhysicalSchema> IntrospectAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Holds a database-wide migration lock until the returned handle is disposed, so that several instances started
    /// together (each with <c>serve --migrate</c>) apply each migration once: the others wait, then find nothing pending.
    /// </summary>
    Task<IAsyncDisposable> LockMigrationsAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Run on the open connection before a migration's transaction begins (SQLite turns foreign keys off so a table rebuild cannot cascade).</summary>
    Task BeforeMigrationAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Run inside the transaction after the statements and before commit; throws <see cref="MigrationCheckException"/> to roll back.</summary>
    Task VerifyMigrationAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Run after commit or rollback, to restore what <see cref="BeforeMigrationAsync"/> changed.</summary>
    Task AfterMigrationAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// The error a request's statement caused, with PostgreSQL's SQLSTATE and, as closely as the engine allows,
    /// PostgreSQL's wording; <paramref name="schema"/> recovers what the engine's message lacks (constraint names,
    /// column types). Null when the exception is not about the data or the statement (the connection failed, the
    /// server is shutting down, a disk is full, a bug produced invalid SQL): the caller answers those itself.
    /// </summary>
    DatabaseError? TranslateError(Exception exception, DatabaseSchema schema);

    /// <summary>Renders REST plans as this engine's SQL (one command per request).</summary>
    Rendering.IQueryRenderer Queries { get; }
}
