namespace Basalt.Spec.Loading.Nodes;

/// <summary>A mapping in declaration order. Duplicate keys were reported while building; only the first is kept.</summary>
internal sealed class SpecMap(int line, int column, IReadOnlyList<SpecEntry> entries) : SpecNode(line, column)
{
    public IReadOnlyList<SpecEntry> Entries { get; } = entries;

    public SpecNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;

    /// <summary>The key node itself, for errors about a key that does not belong (<c>values</c> on a text column).</summary>
    public SpecScalar? KeyNode(string key) => Entries.FirstOrDefault(e => e.Key.Value == key)?.Key;

    public bool Has(string key) => Entries.Any(e => e.Key.Value == key);

    public override string Describe() => Entries.Count == 0 ? "an empty mapping" : "a mapping";
}
