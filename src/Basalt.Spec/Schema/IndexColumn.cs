namespace Basalt.Spec.Schema;

public sealed record IndexColumn(string Name, bool Descending = false)
{
    public override string ToString() => Descending ? $"{Name} desc" : Name;
}
