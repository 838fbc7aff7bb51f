namespace Basalt.Spec.Policies;

/// <summary><c>left or right</c>.</summary>
public sealed record PolicyOr(PolicyCondition Left, PolicyCondition Right) : PolicyCondition;
