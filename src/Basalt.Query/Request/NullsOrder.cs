namespace Basalt.Query.Request;

/// <summary><c>.nullsfirst</c> or <c>.nullslast</c> in <c>order=</c>.</summary>
public enum NullsOrder
{
    First,
    Last,
}
