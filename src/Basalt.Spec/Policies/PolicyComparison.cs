namespace Basalt.Spec.Policies;

/// <summary><c>left op right</c>, for <c>= &lt;&gt; != &lt; &lt;= &gt; &gt;= like</c>.</summary>
public sealed record PolicyComparison(PolicyValue Left, PolicyComparisonOperator Operator, PolicyValue Right) : PolicyCondition;
