namespace Basalt.Query.Request;

/// <summary><c>Prefer: count=exact|planned|estimated</c>.</summary>
public enum PreferCount
{
    Exact,
    Planned,
    Estimated,
}
