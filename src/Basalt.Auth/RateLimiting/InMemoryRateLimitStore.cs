using System.Collections.Concurrent;

namespace Basalt.Auth.RateLimiting;

/// <summary>
/// Fixed-window counters in this process. Windows that have ended are swept now and then, so keys made from client
/// input (emails, IPs) cannot grow the table without bound for longer than one window.
/// </summary>
public sealed class InMemoryRateLimitStore : IRateLimitStore
{
    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);
    private long hits;

    public ValueTask<RateLimitDecision> HitAsync(string key, RateLimitRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref hits) % 1024 == 0)
        {
            Sweep(now);
        }
        var window = windows.AddOrUpdate(key,
            _ => new Window(now + rule.Window, 1),
            (_, current) => current.EndsAt <= now ? new Window(now + rule.Window, 1) : current with { Count = current.Count + 1 });
        return ValueTask.FromResult(window.Count <= rule.Limit ? RateLimitDecision.Allow : new RateLimitDecision(false, window.EndsAt - now));
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, window) in windows)
        {
            if (window.EndsAt <= now)
            {
                windows.TryRemove(new KeyValuePair<string, Window>(key, window));
            }
        }
    }

    private sealed record Window(DateTimeOffset EndsAt, int Count);
}
