namespace Basalt.Query.Request;

/// <summary>
/// A list of values: the items of <c>in.(1,"a,b")</c>, or of an array literal <c>{a,"b c",NULL}</c> given to
/// cs, cd, ov or an <c>(any)</c>/<c>(all)</c> operator. Quotes are removed and backslash escapes resolved; an
/// unquoted <c>NULL</c> inside braces is a null item (PostgreSQL's array-literal rule). <see cref="Raw"/> keeps
/// the text as written, for dialects that pass an array literal through unchanged.
/// </summary>
public sealed record ListOperand(IReadOnlyList<string?> Items, ListSyntax Syntax, string Raw) : FilterOperand
{
    public override string ToString()
    {
        var items = string.Join(",", Items.Select(Request.Syntax.Literal));
        return Syntax == ListSyntax.Parentheses ? "(" + items + ")" : "{" + items + "}";
    }
}
