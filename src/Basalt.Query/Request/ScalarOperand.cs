namespace Basalt.Query.Request;

/// <summary>
/// One value exactly as written after the operator (percent-decoded). Outside <c>or=(…)</c> nothing is unquoted:
/// <c>name=eq."a b"</c> compares with the five characters <c>"a b"</c>, as PostgREST does. Ranges such as
/// <c>[1,10)</c> and JSON such as <c>{"a":1}</c> stay scalars too.
/// </summary>
public sealed record ScalarOperand(string Value) : FilterOperand
{
    public override string ToString() => Syntax.Literal(Value);
}
