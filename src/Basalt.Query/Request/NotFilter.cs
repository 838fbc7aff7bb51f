namespace Basalt.Query.Request;

/// <summary><c>not.and(…)</c> / <c>not.or(…)</c>: the inner tree must not hold. (A negated single condition is
/// <see cref="Condition.Negated"/> instead.)</summary>
public sealed record NotFilter(FilterNode Inner) : FilterNode
{
    public override string ToString() => "not " + Inner;
}
