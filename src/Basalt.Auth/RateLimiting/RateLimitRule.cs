namespace Basalt.Auth.RateLimiting;

/// <summary>At most <see cref="Limit"/> requests per <see cref="Window"/>.</summary>
public sealed record RateLimitRule(int Limit, TimeSpan Window);
