namespace Basalt.Query.Request;

/// <summary>The only operands <c>is</c> accepts (matched case-insensitively in the URL).</summary>
public enum IsValue
{
    Null,
    NotNull,
    True,
    False,
    Unknown,
}
