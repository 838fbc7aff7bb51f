namespace Basalt.Auth.RateLimiting;

/// <summary>Whether a hit was allowed, and if not how long until the window resets (the <c>Retry-After</c>).</summary>
public sealed record RateLimitDecision(bool Allowed, TimeSpan RetryAfter)
{
    public static RateLimitDecision Allow { get; } = new(true, TimeSpan.Zero);
}
