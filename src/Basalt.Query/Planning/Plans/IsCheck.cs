using Basalt.Query.Request;

namespace Basalt.Query.Planning;

/// <summary><c>is.null</c>, <c>is.not_null</c>, <c>is.true</c>, <c>is.false</c>, <c>is.unknown</c>.</summary>
public sealed record IsCheck(IsValue Value) : PlanOperand;
