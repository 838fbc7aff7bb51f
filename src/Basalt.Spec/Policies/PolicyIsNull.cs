namespace Basalt.Spec.Policies;

/// <summary><c>value is [not] null</c>: never unknown.</summary>
public sealed record PolicyIsNull(PolicyValue Value, bool Negated) : PolicyCondition;
