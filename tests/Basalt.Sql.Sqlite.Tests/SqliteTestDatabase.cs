using System.Data.Common;
using Basalt.Spec.Schema;
using Basalt.Spec.Settings;
using Basalt.Sql.Ddl;
using Basalt.Sql.Introspection;
using Basalt.Testing;

namespace Basalt.Sql.Sqlite.Tests;

/// <summary>A real SQLite file in a fresh folder, with the migration steps a runner takes around a transaction.</summary>
internal sealed class SqliteTestDatabase : IAsyncDisposable
{
    private readonly TempDirectory folder = new("basalt-sqlite");

    public SqliteTestDatabase(string synchronous = "full")
    {
        Database = Dialect.Connect(new DatabaseSettings(DatabaseProvider.Sqlite, folder.File("data/app.db")) { Synchronous = synchronous });
    }

    public static SqliteDialect Dialect => SqliteDialect.Instance;

    public IDatabase Database { get; }

    public string Folder => folder.Path;

    public static async Task<SqliteTestDatabase> CreateAsync(DatabaseSchema schema)
    {
        var database = new SqliteTestDatabase();
        await database.MigrateAsync(schema.Tables.Select(t => new CreateTable(t)).ToArray());
        return database;
    }

    /// <summary>Applies operations as the migration runner does: foreign keys off, one transaction, keys checked, foreign keys on.</summary>
    public async Task MigrateAsync(params SchemaOperation[] operations)
    {
        await using var connection = await Database.OpenAsync();
        await Dialect.BeforeMigrationAsync(connection, default);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync();
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
        finally
        {
            await Dialect.AfterMigrationAsync(connection, default);
        }
    }

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<object?[]>> RowsAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    public async Task<PhysicalSchema> IntrospectAsync()
    {
        await using var connection = await Database.OpenAsync();
        return await Dialect.IntrospectAsync(connection, default);
    }

    /// <summary>Every difference between what <paramref name="schema"/> expects and what the file holds.</summary>
    public async Task<IReadOnlyList<SchemaDrift>> DriftAsync(DatabaseSchema schema) =>
        PhysicalSchemaComparer.Compare(Dialect.Expected(schema), await IntrospectAsync());

    public async Task<DbConnection> OpenAsync() => await Database.OpenAsync();

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        folder.Dispose();
    }
}
