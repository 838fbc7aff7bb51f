namespace Basalt.Spec.Policies;

/// <summary>A boolean value used as a condition: a boolean column, <c>auth.has_role('x')</c>, <c>true</c>, <c>false</c>.</summary>
public sealed record PolicyTruth(PolicyValue Value) : PolicyCondition;
