using System.Data.Common;
using Basalt.Spec.Settings;
using Basalt.Sql.Ddl;
using Basalt.Sql.Errors;
using Basalt.Sql.Postgres;
using Basalt.Sql.Sqlite;
using Basalt.Testing;

namespace Basalt.Sql.Conformance.Tests;

/// <summary>
/// The conformance schema, migrated and seeded once on a SQLite file and once on a fresh PostgreSQL database.
/// Scenarios only run statements that fail, and a failed statement changes nothing, so they share it.
/// </summary>
public sealed class EngineDatabases : IAsyncLifetime
{
    private readonly TempDirectory folder = new("basalt-conformance");
    private string postgresUrl = "";

    public IDatabase Sqlite { get; private set; } = null!;

    public IDatabase Postgres { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sqlite = SqliteDialect.Instance.Connect(new DatabaseSettings(DatabaseProvider.Sqlite, folder.File("app.db")));
        postgresUrl = await TestPostgres.CreateDatabaseAsync("conf");
        Postgres = PostgresDialect.Instance.Connect(new DatabaseSettings(DatabaseProvider.Postgres, postgresUrl));
        foreach (var database in new[] { Sqlite, Postgres })
        {
            await MigrateAsync(database);
            foreach (var statement in ConformanceSchema.Seed)
            {
                await ExecuteAsync(database, statement);
            }
        }
    }

    public async Task DisposeAsync()
    {
        await Sqlite.DisposeAsync();
        await Postgres.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(postgresUrl);
        folder.Dispose();
    }

    /// <summary>Runs a statement that must fail and returns the dialect's translation of the failure.</summary>
    public static async Task<DatabaseError> TranslatedFailureAsync(IDatabase database, string sql)
    {
        var thrown = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(database, sql));
        return database.Dialect.TranslateError(thrown, ConformanceSchema.Schema)
            ?? throw new Xunit.Sdk.XunitException($"{database.Dialect.Provider} did not translate its error for: {sql}");
    }

    private static async Task ExecuteAsync(IDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>As the migration runner applies a step: the dialect's hooks around one transaction.</summary>
    private static async Task MigrateAsync(IDatabase database)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenAsync();
        await dialect.BeforeMigrationAsync(connection, default);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync();
            foreach (var statement in dialect.RenderMigration(ConformanceSchema.Schema.Tables.Select(t => (SchemaOperation)new CreateTable(t)).ToArray()))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = statement;
                await command.ExecuteNonQueryAsync();
            }
            await dialect.VerifyMigrationAsync(connection, transaction, default);
            await transaction.CommitAsync();
        }
        finally
        {
            await dialect.AfterMigrationAsync(connection, default);
        }
    }
}
