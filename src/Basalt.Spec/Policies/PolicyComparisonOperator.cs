namespace Basalt.Spec.Policies;

/// <summary>The binary operators of a <see cref="PolicyComparison"/>; <c>not like</c> is a <see cref="PolicyNot"/> of <see cref="Like"/>.</summary>
public enum PolicyComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Like,
}
