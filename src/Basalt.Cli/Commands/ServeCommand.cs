using System.CommandLine;
using Basalt.Cli.Output;
using Basalt.Migrations;
using Basalt.Migrations.Planning;
using Basalt.Server;
using Basalt.Server.Http;
using Basalt.Spec;
using Microsoft.Extensions.Hosting;

namespace Basalt.Cli.Commands;

/// <summary>
/// <c>basalt serve</c>: checks that the database matches the spec (or, with <c>--migrate</c>, makes it match),
/// then hosts the server until SIGTERM or Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var spec = SpecArgument.Create();
        var host = new Option<string>("--host") { Description = "The address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on (0 picks a free one).", DefaultValueFactory = _ => 8080 };
        var migrate = new Option<bool>("--migrate") { Description = "Plan changes no migration covers yet (never destructive ones) and apply every pending migration before serving." };
        var proxies = new Option<string[]>("--trusted-proxy")
        {
            Description = "An address or CIDR network (repeatable) whose X-Forwarded-For and X-Forwarded-Proto are believed: your load balancer. Without it they are ignored.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        proxies.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => !TrustedProxies.TryParse(t.Value, out _)))
            {
                result.AddError($"--trusted-proxy '{token.Value}' is not an IP address or a CIDR network such as 10.0.0.0/8");
            }
        });
        port.Validators.Add(result =>
        {
            // Conversion errors are reported by the parser itself; only a parsed number is range-checked here.
            if (result.Tokens is [var token] && int.TryParse(token.Value, out var value) && value is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535");
            }
        });
        var command = new Command("serve", """
            Serve the spec: health endpoints and the API docs (/docs, /openapi.json) now; REST and auth as they land.
            Refuses to start while migrations are pending or the spec has changes no migration covers,
            unless --migrate. Stops gracefully on SIGTERM or Ctrl+C.

            Examples:
              basalt serve
              basalt serve examples/blog/basalt.yaml --migrate
              basalt serve --host 0.0.0.0 --port 3000
              basalt serve --host 0.0.0.0 --trusted-proxy 10.0.0.0/8
            """) { spec, host, port, migrate, proxies };
        command.SetAction(async (result, ct) =>
        {
            var app = SpecArgument.Load(result.GetValue(spec)!);
            var database = DatabaseSession.Connect(app);
            try
            {
                await DatabaseSession.RunAsync(database, () => PrepareAsync(app, new MigrationRunner(database, app.MigrationsDirectory), result.GetValue(migrate), ct));
            }
            catch
            {
                await database.DisposeAsync();
                throw;
            }
            await using var server = BasaltServer.Build(app, database, new ServerOptions
            {
                Host = result.GetValue(host)!,
                Port = result.GetValue(port),
                TrustedProxies = [.. (result.GetValue(proxies) ?? []).Select(p => TrustedProxies.TryParse(p, out var network) ? network : throw new CliException($"--trusted-proxy '{p}' is not an address or network"))],
            });
            try
            {
                await server.StartAsync(ct);
            }
            catch (IOException e)
            {
                throw new CliException($"cannot listen on {result.GetValue(host)}:{result.GetValue(port)}: {e.Message} (choose another --port or --host)");
            }
            Console.WriteLine(server.RenderBanner());
            await server.App.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Makes sure the database is at the spec's schema, or says exactly what is missing.</summary>
    private static async Task PrepareAsync(AppSpec app, MigrationRunner runner, bool migrate, CancellationToken ct)
    {
        var uncovered = MigrationPlanner.Plan(app, write: false);
        if (!uncovered.IsEmpty)
        {
            if (!migrate)
            {
                throw new CliException(
                    "the spec has changes that no migration covers yet:\n  - " + string.Join("\n  - ", uncovered.Steps)
                    + "\nRun `basalt migrate plan` and `basalt migrate apply`, or serve with --migrate.");
            }
            if (uncovered.DestructiveSteps.Count > 0)
            {
                throw new CliException(
                    "--migrate never writes destructive migrations, and the spec needs:\n  - " + string.Join("\n  - ", uncovered.DestructiveSteps)
                    + "\nReview and run `basalt migrate plan --allow-destructive`, then `basalt migrate apply`.");
            }
            var planned = MigrationPlanner.Plan(app);
            Console.WriteLine($"Planned {planned.Written!.Id} ({planned.Steps.Count} steps) in {MigrateCommand.Relative(app.MigrationsDirectory)}.");
        }
        var status = await runner.StatusAsync(ct);
        var pending = status.Pending.ToArray();
        if (pending.Length > 0 && !migrate && !status.Problems.Any())
        {
            throw new CliException(
                $"{pending.Length} migration{(pending.Length == 1 ? " is" : "s are")} pending: {string.Join(", ", pending.Select(p => $"{p.Number:D4}_{p.Name}"))}.\n"
                + "Run `basalt migrate apply`, or serve with --migrate.");
        }
        if (pending.Length > 0 || status.Problems.Any())
        {
            // ApplyAsync refuses edited or missing migrations with a message naming them.
            using var progress = ProgressPrinter.ForConsole();
            var applied = await runner.ApplyAsync(progress, ct);
            Console.WriteLine($"Applied {applied.Count} migration{(applied.Count == 1 ? "" : "s")} to {runner.Database.DisplayName}.");
        }
    }
}
