namespace Basalt.Rest.Tests.Support;

/// <summary>A clock that says what the test wants, so token lifetimes are checked without waiting.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
