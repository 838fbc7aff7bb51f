using Basalt.Testing;
using Microsoft.Data.Sqlite;

namespace Basalt.Cli.Tests;

public sealed class CliMigrateTests : IDisposable
{
    private const string Spec = """
        version: 1
        name: notes
        database: { url: ./data/notes.db }
        tables:
          notes:
            columns:
              id:    { type: bigint, primary: true, generated: identity }
              title: { type: text, max_length: 100 }
              body:  { type: text, default: "" }

        """;

    private readonly TempDirectory dir = new("basalt-cli-migrate");

    private Task<BasaltProcess.Result> Basalt(params string[] args) => BasaltProcess.RunAsync(dir.Path, args);

    [Fact]
    public async Task Plan_apply_status_verify_and_rollback_work_end_to_end()
    {
        dir.Write("basalt.yaml", Spec);
        var plan = await Basalt("migrate", "plan");
        Assert.Equal(0, plan.ExitCode);
        Assert.Contains("0001_init", plan.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(dir.File("migrations/0001_init.up.sql")));
        Assert.True(File.Exists(dir.File("migrations/0001_init.down.sql")));
        Assert.True(File.Exists(dir.File("migrations/0001_init.snapshot.json")));

        var pending = await Basalt("migrate", "status");
        Assert.Equal(1, pending.ExitCode);
        Assert.Contains("pending", pending.Stdout, StringComparison.Ordinal);

        var apply = await Basalt("migrate", "apply");
        Assert.Equal(0, apply.ExitCode);
        Assert.Contains("Applied 1 migration", apply.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(dir.File("data/notes.db")));

        Assert.Equal(0, (await Basalt("migrate", "status")).ExitCode);
        Assert.Equal(0, (await Basalt("migrate", "verify")).ExitCode);
        Assert.Contains("No changes", (await Basalt("migrate", "plan")).Stdout, StringComparison.Ordinal);

        dir.Write("basalt.yaml", Spec.Replace("body:  { type: text, default: \"\" }", "body:  { type: text, default: \"\" }\n      pinned: { type: boolean, default: false }", StringComparison.Ordinal));
        Assert.Equal(0, (await Basalt("migrate", "plan", "--name", "add_pinned")).ExitCode);
        Assert.Equal(0, (await Basalt("migrate", "apply")).ExitCode);

        var rollback = await Basalt("migrate", "rollback");
        Assert.Equal(0, rollback.ExitCode);
        Assert.Contains("0002_add_pinned", rollback.Stdout, StringComparison.Ordinal);
        var status = await Basalt("migrate", "status");
        Assert.Contains("0002_add_pinned", status.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, status.ExitCode);

        Assert.Equal(0, (await Basalt("migrate", "rollback", "--to", "0")).ExitCode);
        var bad = await Basalt("migrate", "rollback", "--to", "7");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("no migration has been applied", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_applied_migration_edited_afterwards_is_refused_by_name()
    {
        dir.Write("basalt.yaml", Spec);
        await Basalt("migrate", "plan");
        Assert.Equal(0, (await Basalt("migrate", "apply")).ExitCode);
        File.AppendAllText(dir.File("migrations/0001_init.up.sql"), "\n-- sneaky edit\n");

        var status = await Basalt("migrate", "status");
        Assert.Equal(1, status.ExitCode);
        Assert.Contains("EDITED", status.Stdout, StringComparison.Ordinal);

        var apply = await Basalt("migrate", "apply");
        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("0001_init.up.sql", apply.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("0001_init.down.sql", apply.Stderr, StringComparison.Ordinal);
        Assert.Contains("was edited after it was applied", apply.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Destructive_plans_are_refused_without_the_flag()
    {
        dir.Write("basalt.yaml", Spec);
        await Basalt("migrate", "plan");
        dir.Write("basalt.yaml", Spec.Replace("      body:  { type: text, default: \"\" }\n", "", StringComparison.Ordinal));
        var refused = await Basalt("migrate", "plan");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("DROP column body", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("--allow-destructive", refused.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("migrations/0002_alter_notes.up.sql")));

        var allowed = await Basalt("migrate", "plan", "--allow-destructive");
        Assert.Equal(0, allowed.ExitCode);
        Assert.True(File.Exists(dir.File("migrations/0002_alter_notes.up.sql")));
    }

    [Fact]
    public async Task Verify_reports_drift_made_behind_basalts_back_and_exits_1()
    {
        dir.Write("basalt.yaml", Spec);
        await Basalt("migrate", "plan");
        await Basalt("migrate", "apply");
        await using (var connection = new SqliteConnection($"Data Source={dir.File("data/notes.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE notes ADD COLUMN extra TEXT; CREATE INDEX notes_title_manual ON notes (title)";
            await command.ExecuteNonQueryAsync();
        }
        var verify = await Basalt("migrate", "verify");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("notes.extra", verify.Stdout, StringComparison.Ordinal);
        Assert.Contains("notes.notes_title_manual", verify.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_is_one_clear_line_and_exit_1()
    {
        dir.Write("basalt.yaml", Spec.Replace("database: { url: ./data/notes.db }", "database: { provider: postgres, url: \"postgres://nobody:hunter2secret@127.0.0.1:1/none\" }", StringComparison.Ordinal));
        await Basalt("migrate", "plan");
        var apply = await Basalt("migrate", "apply");
        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("127.0.0.1:1", apply.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2secret", apply.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", apply.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        dir.Dispose();
    }
}
