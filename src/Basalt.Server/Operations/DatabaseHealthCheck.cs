using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Basalt.Server.Operations;

/// <summary>Ready only if the database answers within the timeout. The reason goes to the log; the probe's answer names no host, path or password.</summary>
internal sealed class DatabaseHealthCheck(ReadinessProbes probes, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(probes.DatabaseTimeout);
        try
        {
            // WaitAsync as well as the token: some drivers (SQLite) open synchronously and ignore cancellation.
            await probes.PingDatabase(timeout.Token).WaitAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("readiness: the database did not answer within {TimeoutMs} ms", probes.DatabaseTimeout.TotalMilliseconds);
            return HealthCheckResult.Unhealthy($"the database did not answer within {probes.DatabaseTimeout.TotalMilliseconds:0} ms");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "readiness: the database check failed");
            return HealthCheckResult.Unhealthy($"the database cannot be reached ({exception.GetType().Name}); the server log has the details");
        }
    }
}
