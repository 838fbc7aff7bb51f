namespace Basalt.Query.Request;

/// <summary>How a list operand was written: <c>(a,"b,c")</c> for <c>in</c>, or a PostgreSQL array literal <c>{a,b}</c>.</summary>
public enum ListSyntax
{
    Parentheses,
    Braces,
}
