using Basalt.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Basalt.Server.Operations;

/// <summary>Ready only if every migration in the folder is applied and none was edited or lost since.</summary>
internal sealed class MigrationsHealthCheck(ReadinessProbes probes, ILogger<MigrationsHealthCheck> logger) : IHealthCheck
{
    public const string AppliedKey = "applied";

    public const string PendingKey = "pending";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        MigrationStatus status;
        try
        {
            status = await probes.ReadMigrationStatus(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "readiness: reading the migration status failed");
            return HealthCheckResult.Unhealthy($"the migration status cannot be read ({exception.GetType().Name}); the server log has the details");
        }

        var counts = new Dictionary<string, object>
        {
            [AppliedKey] = status.Migrations.Count(m => m.Kind != MigrationStateKind.Pending),
            [PendingKey] = status.Pending.Count(),
        };
        if (status.IsUpToDate)
        {
            return HealthCheckResult.Healthy(data: counts);
        }
        return HealthCheckResult.Unhealthy(Describe(status), data: counts);
    }

    private static string Describe(MigrationStatus status)
    {
        var problems = status.Problems.Select(m => m.Kind == MigrationStateKind.Edited
            ? $"{m.Number:0000}_{m.Name} was edited after it was applied"
            : $"{m.Number:0000}_{m.Name} is applied but its file is missing");
        var pending = status.Pending.Count();
        var parts = pending > 0
            ? problems.Prepend($"{pending} migration(s) pending; run `basalt migrate apply`")
            : problems;
        return string.Join("; ", parts);
    }
}
