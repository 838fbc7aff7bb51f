using Basalt.Migrations;
using Basalt.Sql;

namespace Basalt.Server.Operations;

/// <summary>What <c>/health/ready</c> asks: whether the database answers and whether its migrations are current.</summary>
internal sealed record ReadinessProbes(
    Func<CancellationToken, Task> PingDatabase,
    Func<CancellationToken, Task<MigrationStatus>> ReadMigrationStatus,
    TimeSpan DatabaseTimeout)
{
    public static ReadinessProbes For(IDatabase database, string migrationsDirectory, ServerOptions options)
    {
        var runner = new MigrationRunner(database, migrationsDirectory);
        return new ReadinessProbes(
            options.DatabasePing ?? (ct => PingAsync(database, ct)),
            options.MigrationStatus ?? runner.StatusAsync,
            options.DatabaseCheckTimeout);
    }

    /// <summary>The cheapest round trip that proves a connection can be opened and a statement runs.</summary>
    public static async Task PingAsync(IDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
