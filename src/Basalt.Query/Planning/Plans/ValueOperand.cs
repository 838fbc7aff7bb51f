namespace Basalt.Query.Planning;

/// <summary>One value.</summary>
public sealed record ValueOperand(SqlValue Value) : PlanOperand;
