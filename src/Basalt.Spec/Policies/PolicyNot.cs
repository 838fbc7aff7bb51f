namespace Basalt.Spec.Policies;

/// <summary><c>not operand</c>; also the tree of <c>a not like b</c>.</summary>
public sealed record PolicyNot(PolicyCondition Operand) : PolicyCondition;
