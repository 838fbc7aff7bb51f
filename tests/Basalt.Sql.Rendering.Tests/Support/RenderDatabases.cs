using Basalt.Migrations.Diffing;
using Basalt.Query.Planning;
using Basalt.Spec.Loading;
using Basalt.Spec.Schema;
using Basalt.Spec.Settings;
using Basalt.Sql.Postgres;
using Basalt.Sql.Sqlite;
using Basalt.Testing;

namespace Basalt.Sql.Rendering.Tests.Support;

/// <summary>
/// The test schema (<c>Specs/render.yaml</c>) migrated on a SQLite file and on a fresh PostgreSQL database and seeded
/// through rendered inserts (<see cref="Seed"/>). Reads share it; writes run in a transaction that is rolled back.
/// </summary>
public sealed class RenderDatabases : IAsyncLifetime
{
    private readonly TempDirectory folder = new("basalt-render");
    private string postgresUrl = "";

    public static DatabaseSchema Schema { get; } = LoadSchema();

    public PlanBuilder Plans { get; } = new(Schema);

    public IDatabase Sqlite { get; private set; } = null!;

    public IDatabase Postgres { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sqlite = SqliteDialect.Instance.Connect(new DatabaseSettings(DatabaseProvider.Sqlite, folder.File("render.db")));
        postgresUrl = await TestPostgres.CreateDatabaseAsync("render");
        await SetDefaultTimeZoneAsync(postgresUrl, "America/New_York");
        Postgres = PostgresDialect.Instance.Connect(new DatabaseSettings(DatabaseProvider.Postgres, postgresUrl));
        foreach (var database in new[] { Sqlite, Postgres })
        {
            await MigrateAsync(database);
            foreach (var insert in Seed.Inserts(Plans))
            {
                await PlanExecutor.RunAsync(database, insert, commit: true);
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

    /// <summary>Runs the plan on both engines (rolled back), asserts they answered the same, and returns PostgreSQL's answer.</summary>
    public async Task<EngineResult> BothAsync(QueryPlan plan)
    {
        var sqlite = await PlanExecutor.RunAsync(Sqlite, plan, commit: false);
        var postgres = await PlanExecutor.RunAsync(Postgres, plan, commit: false);
        Assert.True(sqlite.Canonical == postgres.Canonical,
            $"the engines differ\nSQLite:     {sqlite.Canonical}\nPostgreSQL: {postgres.Canonical}\n-- SQLite SQL:\n{sqlite.Sql}\n-- PostgreSQL SQL:\n{postgres.Sql}");
        return postgres;
    }

    /// <summary>Plans a REST request (<see cref="RestPlans"/>) and runs it on both engines (rolled back).</summary>
    public Task<EngineResult> RestAsync(string url, string method = "GET", string? body = null, params (string Name, string Value)[] headers) =>
        BothAsync(RestPlans.Plan(url, method, body, headers));

    /// <summary>Runs several plans in order in one transaction per engine (rolled back), returning both engines' last answers.</summary>
    public async Task<EngineResult> BothInOrderAsync(params QueryPlan[] plans)
    {
        var results = new List<EngineResult>();
        foreach (var database in new[] { Sqlite, Postgres })
        {
            results.Add(await PlanExecutor.RunSequenceAsync(database, plans));
        }
        Assert.True(results[0].Canonical == results[1].Canonical,
            $"the engines differ\nSQLite:     {results[0].Canonical}\nPostgreSQL: {results[1].Canonical}\n-- SQLite SQL:\n{results[0].Sql}\n-- PostgreSQL SQL:\n{results[1].Sql}");
        return results[1];
    }

    /// <summary>
    /// Sessions of this database default to a zone far from UTC, so the tests prove that Basalt's connections set
    /// their own (timestamptz must read <c>+00:00</c> whatever the server's configuration).
    /// </summary>
    private static async Task SetDefaultTimeZoneAsync(string url, string zone)
    {
        var name = new Uri(url).AbsolutePath.Trim('/');
        await using var connection = new Npgsql.NpgsqlConnection(TestPostgres.ToConnectionString(TestPostgres.AdminUrl));
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"ALTER DATABASE \"{name}\" SET timezone = '{zone}'", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static DatabaseSchema LoadSchema()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "render.yaml");
        var loaded = SpecLoader.LoadFile(path);
        if (!loaded.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", loaded.Errors));
        }
        return loaded.Spec!.Schema;
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
            foreach (var statement in dialect.RenderMigration(SchemaDiffer.Diff(DatabaseSchema.Empty, Schema)))
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
