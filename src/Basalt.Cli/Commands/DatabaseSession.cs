using System.Data.Common;
using Basalt.Migrations;
using Basalt.Spec;
using Basalt.Sql;

namespace Basalt.Cli.Commands;

/// <summary>Opens the spec's database for a command and turns "cannot connect" into one clear line.</summary>
internal static class DatabaseSession
{
    public static IDatabase Connect(AppSpec spec)
    {
        try
        {
            return Dialects.Connect(spec.Database);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"database.url in {spec.SourcePath} is not usable: {e.Message}", ExitCodes.UsageError);
        }
    }

    /// <summary>Opens the spec's database, runs <paramref name="work"/> with a runner over its migrations folder, and closes it.</summary>
    public static async Task<T> WithRunnerAsync<T>(AppSpec spec, Func<MigrationRunner, Task<T>> work)
    {
        await using var database = Connect(spec);
        var runner = new MigrationRunner(database, spec.MigrationsDirectory);
        return await RunAsync(database, () => work(runner));
    }

    public static Task RunAsync(IDatabase database, Func<Task> work) =>
        RunAsync(database, async () =>
        {
            await work();
            return 0;
        });

    /// <summary>Runs <paramref name="work"/>, reporting an unreachable database or a failed migration without a stack trace.</summary>
    public static async Task<T> RunAsync<T>(IDatabase database, Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (MigrationException e)
        {
            throw new CliException(e.Message);
        }
        catch (DbException e)
        {
            throw new CliException($"database {database.DisplayName}: {e.Message}");
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or TimeoutException or IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot reach the database {database.DisplayName}: {e.Message}");
        }
    }
}
