namespace Basalt.Query.Request;

/// <summary><c>.asc</c> or <c>.desc</c> in <c>order=</c>.</summary>
public enum SortDirection
{
    Asc,
    Desc,
}
