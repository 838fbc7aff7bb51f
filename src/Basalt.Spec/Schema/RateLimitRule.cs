namespace Basalt.Spec.Schema;

/// <summary>At most <see cref="Count"/> requests per <see cref="Window"/> (<c>60/min</c>).</summary>
public sealed record RateLimitRule(int Count, TimeSpan Window)
{
    public override string ToString() => $"{Count}/{(Window == TimeSpan.FromSeconds(1) ? "s" : Window == TimeSpan.FromMinutes(1) ? "min" : Window == TimeSpan.FromHours(1) ? "h" : "day")}";
}
