using Basalt.Migrations.Planning;
using Basalt.Spec.Loading;
using Basalt.Testing;

namespace Basalt.Migrations.Tests;

/// <summary>Instances started together with <c>serve --migrate</c> apply each migration once: the others wait and find nothing pending.</summary>
public sealed class ConcurrentApplyTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Concurrent_apply_runs_each_migration_once(string provider)
    {
        using var dir = new TempDirectory("basalt-concurrent");
        var url = provider == "postgres" ? await TestPostgres.CreateDatabaseAsync("conc") : "./data/app.db";
        try
        {
            var path = dir.Write("basalt.yaml", File.ReadAllText(RepositoryPaths.Example("blog")));
            var spec = SpecLoader.LoadFile(path, new Dictionary<string, string?> { ["BASALT_DB_PROVIDER"] = provider, ["DATABASE_URL"] = url }).Spec!;
            MigrationPlanner.Plan(spec);
            var databases = Enumerable.Range(0, 4).Select(_ => Dialects.Connect(spec.Database)).ToArray();
            try
            {
                // Task.Run and a shared start signal: SQLite's async calls complete synchronously, so without them
                // the first runner would finish before the second began.
                using var start = new ManualResetEventSlim();
                var runs = databases.Select(db => Task.Run(() =>
                {
                    start.Wait();
                    return new MigrationRunner(db, spec.MigrationsDirectory).ApplyAsync();
                })).ToArray();
                start.Set();
                var results = await Task.WhenAll(runs);
                Assert.Equal(1, results.Sum(r => r.Count));
                Assert.Empty(await new MigrationRunner(databases[0], spec.MigrationsDirectory).VerifyAsync(spec.Schema));
            }
            finally
            {
                foreach (var db in databases)
                {
                    await db.DisposeAsync();
                }
            }
        }
        finally
        {
            if (provider == "postgres")
            {
                await TestPostgres.DropDatabaseAsync(url);
            }
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Apply_waits_while_another_process_holds_the_migration_lock(string provider)
    {
        using var dir = new TempDirectory("basalt-lock");
        var url = provider == "postgres" ? await TestPostgres.CreateDatabaseAsync("lock") : "./data/app.db";
        try
        {
            var path = dir.Write("basalt.yaml", File.ReadAllText(RepositoryPaths.Example("shop")));
            var spec = SpecLoader.LoadFile(path, new Dictionary<string, string?> { ["BASALT_DB_PROVIDER"] = provider, ["DATABASE_URL"] = url }).Spec!;
            MigrationPlanner.Plan(spec);
            await using var holder = Dialects.Connect(spec.Database);
            await using var other = Dialects.Connect(spec.Database);
            await using var connection = await holder.OpenAsync();
            var held = await holder.Dialect.LockMigrationsAsync(connection, CancellationToken.None);

            var apply = Task.Run(() => new MigrationRunner(other, spec.MigrationsDirectory).ApplyAsync());
            var finishedEarly = await Task.WhenAny(apply, Task.Delay(TimeSpan.FromSeconds(1))) == apply;
            Assert.False(finishedEarly, "apply ran while the migration lock was held");

            await held.DisposeAsync();
            Assert.Single(await apply.WaitAsync(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            if (provider == "postgres")
            {
                await TestPostgres.DropDatabaseAsync(url);
            }
        }
    }
}
