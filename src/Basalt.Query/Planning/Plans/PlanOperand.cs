namespace Basalt.Query.Planning;

/// <summary>The right-hand side of a <see cref="ConditionPredicate"/>.</summary>
public abstract record PlanOperand;
