namespace Basalt.Spec.Policies;

/// <summary><c>left and right</c>.</summary>
public sealed record PolicyAnd(PolicyCondition Left, PolicyCondition Right) : PolicyCondition;
