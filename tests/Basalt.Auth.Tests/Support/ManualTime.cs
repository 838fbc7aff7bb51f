namespace Basalt.Auth.Tests.Support;

/// <summary>A clock the test moves by hand, so expiry and reuse windows are tested without waiting.</summary>
internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
