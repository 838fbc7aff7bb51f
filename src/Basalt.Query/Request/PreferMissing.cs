namespace Basalt.Query.Request;

/// <summary><c>Prefer: missing=default|null</c>: what a column missing from a body row gets.</summary>
public enum PreferMissing
{
    Default,
    Null,
}
