namespace Basalt.Spec.Loading.Nodes;

internal sealed class SpecList(int line, int column, IReadOnlyList<SpecNode> items) : SpecNode(line, column)
{
    public IReadOnlyList<SpecNode> Items { get; } = items;

    public override string Describe() => "a list";
}
