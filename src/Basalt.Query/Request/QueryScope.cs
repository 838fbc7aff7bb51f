namespace Basalt.Query.Request;

/// <summary>
/// What the query string asks of one level of the result: the requested table (<see cref="EmbedPath.Root"/>) or
/// an embed (<c>comments.author.status=eq.x</c>, <c>comments.order=…</c>, <c>comments.limit=3</c>). All
/// <see cref="Filters"/> must hold (each parameter is one item; <c>or=</c> and <c>and=</c> trees are items too).
/// <see cref="Order"/> is null when no <c>order</c> was given; limit and offset are the query parameters only.
/// </summary>
public sealed record QueryScope(EmbedPath Path, IReadOnlyList<FilterNode> Filters, IReadOnlyList<OrderTerm>? Order, long? Limit, long? Offset)
{
    public override string ToString()
    {
        var parts = new List<string>();
        if (Filters.Count > 0)
        {
            parts.Add("where " + Syntax.Join(Filters, " and "));
        }
        if (Order is not null)
        {
            parts.Add("order " + Syntax.Join(Order));
        }
        if (Limit is not null)
        {
            parts.Add("limit " + Limit);
        }
        if (Offset is not null)
        {
            parts.Add("offset " + Offset);
        }
        return string.Join("; ", parts);
    }
}
