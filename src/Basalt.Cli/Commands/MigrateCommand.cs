using System.CommandLine;
using Basalt.Cli.Output;
using Basalt.Migrations;
using Basalt.Migrations.Planning;

namespace Basalt.Cli.Commands;

/// <summary><c>basalt migrate plan|apply|rollback|status|verify</c>.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Plan, apply, roll back, list and verify database migrations.");
        command.Subcommands.Add(Plan());
        command.Subcommands.Add(Apply());
        command.Subcommands.Add(Rollback());
        command.Subcommands.Add(Status());
        command.Subcommands.Add(Verify());
        return command;
    }

    private static Command Plan()
    {
        var spec = SpecArgument.Create();
        var name = new Option<string?>("--name", "-n") { Description = "The migration's name (lower-case letters, digits, _). Default: derived from the changes." };
        var destructive = new Option<bool>("--allow-destructive") { Description = "Write the plan even when it drops tables or columns or narrows a type." };
        var command = new Command("plan", """
            Diff the spec against the newest migration and write the next one as
            migrations/NNNN_name.up.sql, .down.sql and .snapshot.json beside the spec.
            Needs no database. Destructive steps are refused without --allow-destructive.

            Examples:
              basalt migrate plan
              basalt migrate plan examples/blog/basalt.yaml --name add_tags
              basalt migrate plan --allow-destructive
            """) { spec, name, destructive };
        command.SetAction(result =>
        {
            var app = SpecArgument.Load(result.GetValue(spec)!);
            MigrationPlan plan;
            try
            {
                plan = MigrationPlanner.Plan(app, result.GetValue(name), result.GetValue(destructive));
            }
            catch (MigrationException e)
            {
                throw new CliException(e.Message);
            }
            if (plan.IsEmpty)
            {
                Console.WriteLine("No changes: the database schema already matches the spec.");
                return ExitCodes.Ok;
            }
            Console.WriteLine($"Planned {plan.Written!.Id}:");
            foreach (var step in plan.Steps)
            {
                Console.WriteLine($"  - {step}");
            }
            foreach (var caveat in plan.RollbackCaveats)
            {
                Console.WriteLine($"  note: {caveat}");
            }
            Console.WriteLine($"Wrote {Relative(plan.Written.UpPath)}, {Relative(plan.Written.DownPath)} and {Relative(plan.Written.SnapshotPath)}.");
            Console.WriteLine("Review them, then run: basalt migrate apply");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Apply()
    {
        var spec = SpecArgument.Create();
        var command = new Command("apply", """
            Apply every pending migration, each in its own transaction, recording it in _basalt_migrations.
            Refuses to run when an applied migration's files were edited.

            Example:
              basalt migrate apply examples/blog/basalt.yaml
            """) { spec };
        command.SetAction(async (result, ct) =>
        {
            var app = SpecArgument.Load(result.GetValue(spec)!);
            using var progress = ProgressPrinter.ForConsole();
            var (applied, where) = await DatabaseSession.WithRunnerAsync(app, async runner => (await runner.ApplyAsync(progress, ct), runner.Database.DisplayName));
            Console.WriteLine(applied.Count == 0
                ? $"Nothing to apply: {where} is up to date."
                : $"Applied {applied.Count} migration{(applied.Count == 1 ? "" : "s")} to {where}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Rollback()
    {
        var spec = SpecArgument.Create();
        var to = new Option<int?>("--to") { Description = "Roll back every migration after number N (0 = all). Default: only the last one." };
        var command = new Command("rollback", """
            Run the down scripts of applied migrations, newest first.

            Examples:
              basalt migrate rollback            # undo the last migration
              basalt migrate rollback --to 2     # undo everything after 0002
            """) { spec, to };
        command.SetAction(async (result, ct) =>
        {
            var app = SpecArgument.Load(result.GetValue(spec)!);
            var target = result.GetValue(to);
            if (target < 0)
            {
                throw new CliException("--to must be 0 or the number of an applied migration", ExitCodes.UsageError);
            }
            using var progress = ProgressPrinter.ForConsole();
            var undone = await DatabaseSession.WithRunnerAsync(app, runner => runner.RollbackAsync(target, progress, ct));
            Console.WriteLine($"Rolled back {undone.Count} migration{(undone.Count == 1 ? "" : "s")}: {string.Join(", ", undone.Select(u => u.Id))}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Status()
    {
        var spec = SpecArgument.Create();
        var command = new Command("status", """
            List every migration: applied (with its time), pending, edited after applying, or missing its files.
            Exits 1 when any migration is pending, edited or missing.

            Example:
              basalt migrate status
            """) { spec };
        command.SetAction(async (result, ct) =>
        {
            var app = SpecArgument.Load(result.GetValue(spec)!);
            var (status, where) = await DatabaseSession.WithRunnerAsync(app, async runner => (await runner.StatusAsync(ct), runner.Database.DisplayName));
            Console.WriteLine($"Migrations in {Relative(app.MigrationsDirectory)} against {where}:");
            if (status.Migrations.Count == 0)
            {
                Console.WriteLine("  none yet: run basalt migrate plan");
            }
            foreach (var m in status.Migrations)
            {
                var state = m.Kind switch
                {
                    MigrationStateKind.Applied => $"applied {m.AppliedAt:u}",
                    MigrationStateKind.Pending => "pending",
                    MigrationStateKind.Edited => $"EDITED after it was applied {m.AppliedAt:u}",
                    _ => $"MISSING FILES (applied {m.AppliedAt:u})",
                };
                Console.WriteLine($"  {m.Number:D4}_{m.Name,-40} {state}");
            }
            return status.IsUpToDate ? ExitCodes.Ok : ExitCodes.RuntimeError;
        });
        return command;
    }

    private static Command Verify()
    {
        var spec = SpecArgument.Create();
        var command = new Command("verify", """
            Introspect the live database and list every difference from the spec: missing or extra tables,
            columns, types, nullability, defaults, keys, indexes, foreign keys and checks. Exits 1 on any drift.

            Example:
              basalt migrate verify
            """) { spec };
        command.SetAction(async (result, ct) =>
        {
            var app = SpecArgument.Load(result.GetValue(spec)!);
            var (drifts, where) = await DatabaseSession.WithRunnerAsync(app, async runner => (await runner.VerifyAsync(app.Schema, ct), runner.Database.DisplayName));
            if (drifts.Count == 0)
            {
                Console.WriteLine($"No drift: {where} matches {Relative(app.SourcePath)}.");
                return ExitCodes.Ok;
            }
            Console.WriteLine($"{drifts.Count} difference{(drifts.Count == 1 ? "" : "s")} between {where} and {Relative(app.SourcePath)}:");
            foreach (var drift in drifts)
            {
                Console.WriteLine($"  - {drift}");
            }
            return ExitCodes.RuntimeError;
        });
        return command;
    }

    internal static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
