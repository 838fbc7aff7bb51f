namespace Basalt.Spec.Policies;

/// <summary>The bound tree of a policy, or every error found in it (never both).</summary>
public sealed record PolicyParseResult(PolicyCondition? Condition, IReadOnlyList<PolicyDiagnostic> Errors)
{
    public bool Succeeded => Condition is not null && Errors.Count == 0;
}
