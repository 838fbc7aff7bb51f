using System.Data.Common;
using Basalt.Spec.Schema;
using Basalt.Spec.Settings;
using Basalt.Sql.Ddl;
using Basalt.Sql.Introspection;
using Basalt.Testing;
using Npgsql;

namespace Basalt.Sql.Postgres.Tests.Support;

/// <summary>A test on its own fresh PostgreSQL database, with helpers to migrate, introspect and run SQL.</summary>
public abstract class PostgresTest : IAsyncLifetime
{
    protected static PostgresDialect Dialect => PostgresDialect.Instance;

    protected string Url { get; private set; } = "";

    protected IDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Url = await TestPostgres.CreateDatabaseAsync("pg");
        Database = Dialect.Connect(new DatabaseSettings(DatabaseProvider.Postgres, Url));
    }

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(Url);
    }

    /// <summary>Applies the operations the way the migration runner does: every statement in one transaction.</summary>
    protected async Task MigrateAsync(params SchemaOperation[] operations)
    {
        await using var connection = await Database.OpenAsync();
        await Dialect.BeforeMigrationAsync(connection, default);
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            foreach (var statement in Dialect.RenderMigration(operations))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = statement;
                await command.ExecuteNonQueryAsync();
            }
            await Dialect.VerifyMigrationAsync(connection, transaction, default);
            await transaction.CommitAsync();
        }
        await Dialect.AfterMigrationAsync(connection, default);
    }

    protected Task CreateAsync(DatabaseSchema schema) => MigrateAsync(schema.Tables.Select(t => (SchemaOperation)new CreateTable(t)).ToArray());

    protected async Task<PhysicalSchema> IntrospectAsync()
    {
        await using var connection = await Database.OpenAsync();
        return await Dialect.IntrospectAsync(connection, default);
    }

    protected async Task<IReadOnlyList<SchemaDrift>> DriftAsync(DatabaseSchema schema) =>
        PhysicalSchemaComparer.Compare(Dialect.Expected(schema), await IntrospectAsync());

    protected async Task AssertNoDriftAsync(DatabaseSchema schema)
    {
        var drift = await DriftAsync(schema);
        Assert.True(drift.Count == 0, "unexpected drift:\n" + string.Join("\n", drift));
    }

    protected Task AssertNoDriftAsync(params TableSchema[] tables) => AssertNoDriftAsync(new DatabaseSchema(tables));

    protected async Task ExecuteAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    protected async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return (T)value!;
    }

    protected async Task<List<string>> ColumnAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? "null" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return values;
    }

    /// <summary>Runs SQL that must fail, and returns PostgreSQL's error.</summary>
    protected async Task<PostgresException> FailsAsync(string sql) => await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(sql));
}
