namespace Basalt.Spec.Loading.Nodes;

/// <summary>One <c>key: value</c> pair of a mapping; the key keeps its own position for "unknown key" errors.</summary>
internal sealed record SpecEntry(SpecScalar Key, SpecNode Value);
