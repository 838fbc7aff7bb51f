namespace Basalt.Query.Request.Parsing;

/// <summary>Collects filters, order and limit/offset per embed path in the order paths first appear, root first.</summary>
internal sealed class ScopeSet
{
    private readonly List<Builder> _scopes = [new(EmbedPath.Root)];

    public bool AddFilter(EmbedPath path, FilterNode filter)
    {
        Get(path).Filters.Add(filter);
        return true;
    }

    public bool SetOrder(EmbedPath path, IReadOnlyList<OrderTerm> terms)
    {
        Get(path).Order = terms;
        return true;
    }

    public bool SetPage(EmbedPath path, bool isLimit, long value)
    {
        var scope = Get(path);
        if (isLimit)
        {
            scope.Limit = value;
        }
        else
        {
            scope.Offset = value;
        }
        return true;
    }

    public IReadOnlyList<QueryScope> Build() =>
        _scopes.Select(s => new QueryScope(s.Path, s.Filters, s.Order, s.Limit, s.Offset)).ToList();

    private Builder Get(EmbedPath path)
    {
        foreach (var scope in _scopes)
        {
            if (scope.Path.Equals(path))
            {
                return scope;
            }
        }
        var added = new Builder(path);
        _scopes.Add(added);
        return added;
    }

    private sealed class Builder(EmbedPath path)
    {
        public EmbedPath Path { get; } = path;

        public List<FilterNode> Filters { get; } = [];

        public IReadOnlyList<OrderTerm>? Order { get; set; }

        public long? Limit { get; set; }

        public long? Offset { get; set; }
    }
}
