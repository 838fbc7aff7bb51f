using System.Data.Common;
using Basalt.Spec.Schema;
using Basalt.Spec.Settings;
using Basalt.Sql.Ddl;
using Basalt.Sql.Introspection;

namespace Basalt.Sql.Postgres;

/// <summary>PostgreSQL over Npgsql: native types, enum types, arrays, identity columns and named constraints.</summary>
public sealed class PostgresDialect : ISqlDialect
{
    public static PostgresDialect Instance { get; } = new();

    public DatabaseProvider Provider => DatabaseProvider.Postgres;

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
