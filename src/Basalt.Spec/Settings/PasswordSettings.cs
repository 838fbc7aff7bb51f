namespace Basalt.Spec.Settings;

public sealed record PasswordSettings(int MinLength)
{
    /// <summary>Character classes a password must contain: any of <c>lower</c>, <c>upper</c>, <c>digit</c>, <c>symbol</c>.</summary>
    public IReadOnlyList<string> Require { get; init; } = [];
}
