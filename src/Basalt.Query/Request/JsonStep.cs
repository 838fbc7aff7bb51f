namespace Basalt.Query.Request;

/// <summary>
/// One arrow of a JSON path: <c>->key</c>, <c>->>key</c>, <c>->0</c> or <c>->>-1</c>. <see cref="AsText"/> is the
/// double arrow (the value as text); an index is written digits only, with an optional leading minus.
/// </summary>
public sealed record JsonStep(string Key, bool IsIndex, bool AsText)
{
    public override string ToString() => (AsText ? "->>" : "->") + (IsIndex ? Key : Syntax.Literal(Key));
}
