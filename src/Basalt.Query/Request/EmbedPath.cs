namespace Basalt.Query.Request;

/// <summary>
/// Where in the select tree a filter, order or limit applies: empty for the requested table, otherwise the names
/// (or aliases) of the embeds from the top, e.g. <c>comments.author</c> → [comments, author].
/// </summary>
public sealed record EmbedPath(IReadOnlyList<string> Segments)
{
    public static EmbedPath Root { get; } = new([]);

    public bool IsRoot => Segments.Count == 0;

    public bool Equals(EmbedPath? other) => other is not null && Segments.SequenceEqual(other.Segments, StringComparer.Ordinal);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var segment in Segments)
        {
            hash.Add(segment, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    public override string ToString() => string.Join('.', Segments.Select(Syntax.Name));
}
