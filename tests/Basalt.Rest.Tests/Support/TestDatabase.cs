using System.Data.Common;
using System.Text;
using Basalt.Spec;
using Basalt.Spec.Schema;
using Basalt.Spec.Settings;
using Basalt.Sql;
using Basalt.Migrations.Diffing;
using Basalt.Sql.Postgres;
using Basalt.Sql.Sqlite;
using Basalt.Testing;

namespace Basalt.Rest.Tests.Support;

/// <summary>
/// A real database of one engine with a schema created the way migrations create it and seed rows inserted: a SQLite
/// file in a temp folder, or a fresh PostgreSQL database (dropped on dispose).
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly TempDirectory folder;
    private readonly string? postgresUrl;

    private TestDatabase(Engine engine, TempDirectory folder, IDatabase database, string? postgresUrl, DatabaseSchema schema)
    {
        Engine = engine;
        this.folder = folder;
        Database = database;
        this.postgresUrl = postgresUrl;
        Schema = schema;
        Spec = new AppSpec("resttest", folder.File("basalt.yaml"),
            new DatabaseSettings(engine == Engine.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres, database.DisplayName),
            AuthSettings.Default with { Jwt = TestTokens.Jwt }, schema);
    }

    public Engine Engine { get; }

    public IDatabase Database { get; }

    public DatabaseSchema Schema { get; }

    public AppSpec Spec { get; }

    /// <param name="maxPoolSize">PostgreSQL only: a small pool makes a leaked connection show as a timeout.</param>
    public static async Task<TestDatabase> CreateAsync(Engine engine, DatabaseSchema schema, IReadOnlyList<string>? seed = null, int? maxPoolSize = null)
    {
        var folder = new TempDirectory("basalt-rest");
        string? url = null;
        IDatabase database;
        if (engine == Engine.Sqlite)
        {
            database = SqliteDialect.Instance.Connect(new DatabaseSettings(DatabaseProvider.Sqlite, folder.File("app.db")));
        }
        else
        {
            url = await TestPostgres.CreateDatabaseAsync("rest");
            var target = maxPoolSize is { } size ? TestPostgres.ToConnectionString(url) + $";Maximum Pool Size={size};Timeout=3" : url;
            database = PostgresDialect.Instance.Connect(new DatabaseSettings(DatabaseProvider.Postgres, target));
        }
        var test = new TestDatabase(engine, folder, database, url, schema);
        await test.MigrateAsync();
        foreach (var statement in seed ?? [])
        {
            await test.ExecuteAsync(statement);
        }
        return test;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every row of a table, ordered by its first column, one line each: what a test compares before and after.</summary>
    public async Task<string> DumpAsync(string table)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {Database.Dialect.QuoteIdentifier(table)} ORDER BY 1";
        await using var reader = await command.ExecuteReaderAsync();
        var text = new StringBuilder();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                text.Append(i == 0 ? "" : "|").Append(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (postgresUrl is not null)
        {
            await TestPostgres.DropDatabaseAsync(postgresUrl);
        }
        folder.Dispose();
    }

    private async Task MigrateAsync()
    {
        var dialect = Database.Dialect;
        await using var connection = await Database.OpenAsync();
        await dialect.BeforeMigrationAsync(connection, default);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync();
            foreach (var statement in dialect.RenderMigration(SchemaDiffer.Diff(DatabaseSchema.Empty, Schema)))
            {
                await using DbCommand command = connection.CreateCommand();
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
