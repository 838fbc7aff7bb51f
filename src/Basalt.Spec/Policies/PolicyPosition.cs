namespace Basalt.Spec.Policies;

/// <summary>Where a policy node was written in the spec file: 1-based line and column (0, 0 when built in code).</summary>
public readonly record struct PolicyPosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
