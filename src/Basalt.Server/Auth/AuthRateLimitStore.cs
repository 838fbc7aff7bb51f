using Basalt.Auth.RateLimiting;
using Basalt.Spec;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Basalt.Server.Auth;

/// <summary>
/// Where auth counts its rate limits: in Redis when the spec names one (<c>database.redis</c>), so the limits hold
/// across every instance, else in this process. The Redis client connects in the background and reconnects by itself;
/// while Redis is unreachable the counts stay local and a warning is logged once per minute at most.
/// </summary>
internal static class AuthRateLimitStore
{
    private static readonly TimeSpan WarningInterval = TimeSpan.FromMinutes(1);

    public static IRateLimitStore Create(IConnectionMultiplexer? redis, ILoggerFactory loggers)
    {
        if (redis is null)
        {
            return new InMemoryRateLimitStore();
        }
        var logger = loggers.CreateLogger("Basalt.Auth.RateLimits");
        var lastWarning = 0L;
        return new RedisRateLimitStore(redis, e =>
        {
            var now = Environment.TickCount64;
            var last = Interlocked.Read(ref lastWarning);
            if ((last == 0 || now - last >= WarningInterval.TotalMilliseconds) && Interlocked.CompareExchange(ref lastWarning, now, last) == last)
            {
                // The exception's message names the endpoint, never the password.
                logger.LogWarning("Redis is unreachable ({Error}); auth rate limits count on this instance only until it is back", e.Message);
            }
        });
    }

    /// <summary>A client for the spec's Redis, or null without one; it never blocks or fails the start-up.</summary>
    public static IConnectionMultiplexer? Connect(AppSpec spec) =>
        spec.Database.Redis is { Length: > 0 } url ? ConnectionMultiplexer.Connect(RedisUrl.Parse(url)) : null;
}
