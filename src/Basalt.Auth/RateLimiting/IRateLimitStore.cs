namespace Basalt.Auth.RateLimiting;

/// <summary>
/// Counts hits per key in fixed windows. In-process today (<see cref="InMemoryRateLimitStore"/>); a Redis store shares
/// the counts between instances behind the same contract.
/// </summary>
public interface IRateLimitStore
{
    /// <summary>Counts one hit of <paramref name="key"/>; the answer says whether it is within <paramref name="rule"/>.</summary>
    ValueTask<RateLimitDecision> HitAsync(string key, RateLimitRule rule, DateTimeOffset now, CancellationToken cancellationToken);
}
