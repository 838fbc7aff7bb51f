namespace Basalt.Query.Request;

/// <summary><c>or=(…)</c> or a nested <c>or(…)</c>: at least one item must hold.</summary>
public sealed record OrFilter(IReadOnlyList<FilterNode> Items) : FilterNode
{
    public override string ToString() => "or(" + Syntax.Join(Items) + ")";
}
