namespace Basalt.Query.Request;

/// <summary><c>and=(…)</c> or a nested <c>and(…)</c>: every item must hold.</summary>
public sealed record AndFilter(IReadOnlyList<FilterNode> Items) : FilterNode
{
    public override string ToString() => "and(" + Syntax.Join(Items) + ")";
}
