namespace Basalt.Query.Planning;

/// <summary>A list of values (<c>in</c>, and the <c>(any)</c>/<c>(all)</c> modifiers).</summary>
public sealed record ValuesOperand(IReadOnlyList<SqlValue> Values) : PlanOperand;
