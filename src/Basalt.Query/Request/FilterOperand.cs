namespace Basalt.Query.Request;

/// <summary>
/// The right-hand side of a condition, still text: <see cref="ScalarOperand"/>, <see cref="ListOperand"/> or
/// <see cref="IsOperand"/>. The planner types values against the column.
/// </summary>
public abstract record FilterOperand;
