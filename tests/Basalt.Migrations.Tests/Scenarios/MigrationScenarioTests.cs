using System.Globalization;
using Basalt.Migrations.Planning;
using Basalt.Spec;
using Basalt.Spec.Loading;
using Basalt.Sql;
using Basalt.Testing;

namespace Basalt.Migrations.Tests.Scenarios;

/// <summary>
/// The migration contract, run on each engine: plan → apply → verify shows no drift → planning again finds
/// nothing → rollback restores the previous schema (checked by introspection) → apply again. Rows seeded
/// before the change must read the same after it.
/// </summary>
public abstract class MigrationScenarioTests : IDisposable
{
    private readonly TempDirectory directory = new("basalt-migrate");

    /// <summary>The <c>database:</c> section for this engine.</summary>
    protected abstract Task<string> DatabaseSectionAsync();

    protected abstract Task CleanUpAsync();

    [Theory]
    [MemberData(nameof(MigrationScenarios.Names), MemberType = typeof(MigrationScenarios))]
    public async Task Change_applies_verifies_replans_empty_rolls_back_and_reapplies(string name)
    {
        var scenario = MigrationScenarios.All.Single(s => s.Name == name);
        var database = await DatabaseSectionAsync();
        try
        {
            var before = Load(database, scenario.Before);
            Assert.NotNull(MigrationPlanner.Plan(before).Written);
            await using var db = Dialects.Connect(before.Database);
            var runner = new MigrationRunner(db, before.MigrationsDirectory);
            Assert.Single(await runner.ApplyAsync());
            Assert.Empty(await runner.VerifyAsync(before.Schema));
            await ExecuteAsync(db, scenario.Seed);

            var after = Load(database, scenario.After);
            var plan = MigrationPlanner.Plan(after, name, allowDestructive: true);
            Assert.False(plan.IsEmpty);
            Assert.Equal(2, Assert.Single(await runner.ApplyAsync()).Number);
            Assert.Equal([], (await runner.VerifyAsync(after.Schema)).Select(d => d.ToString()));
            Assert.True(MigrationPlanner.Plan(after, write: false).IsEmpty);
            Assert.True((await runner.StatusAsync()).IsUpToDate);
            Assert.Equal(scenario.Expected, await ScalarAsync(db, scenario.Check));

            Assert.Single(await runner.RollbackAsync());
            Assert.Equal([], (await runner.VerifyAsync(before.Schema)).Select(d => d.ToString()));
            Assert.Single((await runner.StatusAsync()).Pending);

            Assert.Single(await runner.ApplyAsync());
            Assert.Equal([], (await runner.VerifyAsync(after.Schema)).Select(d => d.ToString()));
        }
        finally
        {
            await CleanUpAsync();
        }
    }

    private AppSpec Load(string database, string tables)
    {
        var text = $"version: 1\nname: scenario\ndatabase:\n{database}\ntables:\n{tables}";
        var path = directory.Write("basalt.yaml", text);
        var result = SpecLoader.LoadFile(path, new Dictionary<string, string?>());
        Assert.True(result.Succeeded, string.Join("\n", result.Errors) + "\n" + text);
        return result.Spec!;
    }

    private static async Task ExecuteAsync(IDatabase db, IEnumerable<string> statements)
    {
        await using var connection = await db.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<string?> ScalarAsync(IDatabase db, string sql)
    {
        await using var connection = await db.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        directory.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteMigrationScenarioTests : MigrationScenarioTests
{
    protected override Task<string> DatabaseSectionAsync() => Task.FromResult("  provider: sqlite\n  url: ./data/app.db");

    protected override Task CleanUpAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}

public sealed class PostgresMigrationScenarioTests : MigrationScenarioTests
{
    private string? url;

    protected override async Task<string> DatabaseSectionAsync()
    {
        url = await TestPostgres.CreateDatabaseAsync("mig");
        return $"  provider: postgres\n  url: \"{url}\"";
    }

    protected override Task CleanUpAsync() => url is null ? Task.CompletedTask : TestPostgres.DropDatabaseAsync(url);
}
