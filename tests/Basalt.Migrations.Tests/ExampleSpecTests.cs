using Basalt.Migrations.Planning;
using Basalt.Spec.Loading;
using Basalt.Testing;

namespace Basalt.Migrations.Tests;

/// <summary>The shipped examples load, migrate with no drift, and roll back to an empty database, on both engines.</summary>
public sealed class ExampleSpecTests
{
    [Theory]
    [InlineData("blog", "sqlite")]
    [InlineData("shop", "sqlite")]
    [InlineData("blog", "postgres")]
    [InlineData("shop", "postgres")]
    public async Task Example_migrates_verifies_and_rolls_back(string example, string provider)
    {
        using var dir = new TempDirectory("basalt-example");
        var path = dir.Write("basalt.yaml", File.ReadAllText(RepositoryPaths.Example(example)));
        var url = provider == "postgres" ? await TestPostgres.CreateDatabaseAsync(example) : "./data/app.db";
        try
        {
            var env = new Dictionary<string, string?> { ["BASALT_DB_PROVIDER"] = provider, ["DATABASE_URL"] = url };
            var loaded = SpecLoader.LoadFile(path, env);
            Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
            var spec = loaded.Spec!;
            Assert.Equal(provider, spec.Database.Provider.ToString().ToLowerInvariant());

            var plan = MigrationPlanner.Plan(spec);
            Assert.Equal("0001_init", plan.Written!.Id);
            await using var database = Dialects.Connect(spec.Database);
            var runner = new MigrationRunner(database, spec.MigrationsDirectory);
            await runner.ApplyAsync();
            Assert.Equal([], (await runner.VerifyAsync(spec.Schema)).Select(d => d.ToString()));
            Assert.True(MigrationPlanner.Plan(spec, write: false).IsEmpty);

            await runner.RollbackAsync(to: 0);
            Assert.Equal([], (await runner.VerifyAsync(Spec.Schema.DatabaseSchema.Empty)).Select(d => d.ToString()));
        }
        finally
        {
            if (provider == "postgres")
            {
                await TestPostgres.DropDatabaseAsync(url);
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }
}
