namespace Basalt.Rest.Tests.Support;

/// <summary>A clock the test moves forward, for what must change when time passes (a remembered token expiring).</summary>
internal sealed class MovableTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
