namespace Basalt.Query.Request;

/// <summary>The <c>(any)</c> / <c>(all)</c> modifier of eq, gt, gte, lt, lte, like, ilike, match and imatch.</summary>
public enum Quantifier
{
    None,
    Any,
    All,
}
