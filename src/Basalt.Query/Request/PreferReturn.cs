namespace Basalt.Query.Request;

/// <summary><c>Prefer: return=minimal|headers-only|representation</c>.</summary>
public enum PreferReturn
{
    Minimal,
    HeadersOnly,
    Representation,
}
