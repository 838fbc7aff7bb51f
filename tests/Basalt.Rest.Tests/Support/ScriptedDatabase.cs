using System.Data.Common;
using Basalt.Spec.Schema;
using Basalt.Spec.Settings;
using Basalt.Sql;
using Basalt.Sql.Ddl;
using Basalt.Sql.Errors;
using Basalt.Sql.Introspection;
using Basalt.Sql.Rendering;

namespace Basalt.Rest.Tests.Support;

/// <summary>A real database whose dialect renders with a <see cref="ScriptedRenderer"/>; everything else is the engine's own.</summary>
internal sealed class ScriptedDatabase(IDatabase inner, ScriptedRenderer renderer) : IDatabase
{
    public ISqlDialect Dialect { get; } = new ScriptedDialect(inner.Dialect, renderer);

    public string DisplayName => inner.DisplayName;

    /// <summary>When set, opening a connection fails with it (a database that is down).</summary>
    public Exception? OpenFailure { get; set; }

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        OpenFailure is { } failure ? Task.FromException<DbConnection>(failure) : inner.OpenAsync(cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class ScriptedDialect(ISqlDialect inner, IQueryRenderer renderer) : ISqlDialect
    {
        public DatabaseProvider Provider => inner.Provider;

        public string HistoryTableDdl => inner.HistoryTableDdl;

        public IQueryRenderer Queries => renderer;

        public string QuoteIdentifier(string identifier) => inner.QuoteIdentifier(identifier);

        public string QuoteTable(TableName table) => inner.QuoteTable(table);

        public IDatabase Connect(DatabaseSettings settings) => inner.Connect(settings);

        public IReadOnlyList<string> RenderMigration(IReadOnlyList<SchemaOperation> operations) => inner.RenderMigration(operations);

        public PhysicalSchema Expected(DatabaseSchema schema) => inner.Expected(schema);

        public Task<PhysicalSchema> IntrospectAsync(DbConnection connection, CancellationToken cancellationToken) => inner.IntrospectAsync(connection, cancellationToken);

        public Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken) => inner.LockMigrationsAsync(connection, cancellationToken);

        public Task BeforeMigrationAsync(DbConnection connection, CancellationToken cancellationToken) => inner.BeforeMigrationAsync(connection, cancellationToken);

        public Task VerifyMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
            inner.VerifyMigrationAsync(connection, transaction, cancellationToken);

        public Task AfterMigrationAsync(DbConnection connection, CancellationToken cancellationToken) => inner.AfterMigrationAsync(connection, cancellationToken);

        public DatabaseError? TranslateError(Exception exception, DatabaseSchema schema) => inner.TranslateError(exception, schema);
    }
}
