using Basalt.Auth;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Basalt.Server.Auth;

/// <summary>
/// Writes the API-key usage counted since the last flush when the server stops: the registry batches counts for ten
/// seconds, and a graceful stop must not lose them. Runs while the database is still open (hosted services stop
/// before the server disposes it).
/// </summary>
internal sealed class ApiKeyUsageFlusher(AuthService auth, ILoggerFactory loggers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await auth.ApiKeys.FlushUsageAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Usage counts are bookkeeping: a stop goes on without them, and says so.
            loggers.CreateLogger("Basalt.Auth.ApiKeys").LogWarning("API key usage since the last flush was not written: {Error}", e.Message);
        }
    }
}
