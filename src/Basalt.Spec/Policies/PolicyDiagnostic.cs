namespace Basalt.Spec.Policies;

/// <summary>One problem in a policy expression, at the position in the spec file it refers to.</summary>
public sealed record PolicyDiagnostic(PolicyPosition Position, string Message)
{
    public override string ToString() => $"{Position}: {Message}";
}
