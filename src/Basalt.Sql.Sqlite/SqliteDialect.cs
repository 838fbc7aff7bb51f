using System.Data.Common;
using Basalt.Spec.Schema;
using Basalt.Spec.Settings;
using Basalt.Sql.Ddl;
using Basalt.Sql.Introspection;

namespace Basalt.Sql.Sqlite;

/// <summary>SQLite: STRICT tables whose CHECK constraints enforce the spec's types and rules in the file itself.</summary>
public sealed class SqliteDialect : ISqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string HistoryTableDdl => throw new NotImplementedException();

    public string QuoteIdentifier(string identifier) => throw new NotImplementedException();

    public string QuoteTable(TableName table) => throw new NotImplementedException();

    public IDatabase Connect(DatabaseSettings settings) => throw new NotImplementedException();

    public IReadOnlyList<string> RenderMigration(IReadOnlyList<SchemaOperation> operations) => throw new NotImplementedException();

    public PhysicalSchema Expected(DatabaseSchema schema) => throw new NotImplementedException();

    public Task<PhysicalSchema> IntrospectAsync(DbConnection connection, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task BeforeMigrationAsync(DbConnection connection, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task VerifyMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task AfterMigrationAsync(DbConnection connection, CancellationToken cancellationToken) => throw new NotImplementedException();
}
