using System.CommandLine;
using Basalt.Cli.Commands;

namespace Basalt.Cli;

/// <summary>The <c>basalt</c> command tree, and running it with Basalt's exit codes and error format.</summary>
public static class BasaltCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("""
            Basalt: a whole backend from one spec file — migrations, REST, auth and more, on SQLite or PostgreSQL.

            Examples:
              basalt init my-app
              basalt serve examples/blog/basalt.yaml --migrate
              basalt migrate plan && basalt migrate apply
              basalt openapi examples/blog/basalt.yaml

            Exit codes: 0 ok, 1 runtime error, 2 usage or spec error.
            """);
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(OpenApiCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(JwtCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"error: {error.Message}");
            }
            await Console.Error.WriteLineAsync("Run `basalt --help` (or `basalt <command> --help`) for usage.");
            return ExitCodes.UsageError;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                // The server host handles SIGTERM and Ctrl+C itself and drains in-flight requests; System.CommandLine's
                // own handler would force an exit after a short timeout.
                ProcessTerminationTimeout = null,
            }, cancellationToken);
        }
        catch (CliException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return ExitCodes.RuntimeError;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("BASALT_DEBUG") != "1")
        {
            // No stack trace for users; BASALT_DEBUG=1 lets it through for a bug report.
            await Console.Error.WriteLineAsync($"error: {e.Message} (set BASALT_DEBUG=1 for details)");
            return ExitCodes.RuntimeError;
        }
    }
}
