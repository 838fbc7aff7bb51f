using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// One level of the result: rows of <see cref="Table"/> that satisfy <see cref="Where"/>, in <see cref="Order"/>,
/// paged by <see cref="Offset"/>/<see cref="Limit"/>, each rendered as a JSON object with <see cref="Items"/> as its
/// keys in order. An embed's node is correlated with its parent through <see cref="EmbedOutput.Relationship"/>.
/// When <see cref="Items"/> holds an <see cref="AggregateOutput"/>, the level groups by its <see cref="ColumnOutput"/>s
/// (PostgREST's aggregate rule) and returns one object per group.
/// </summary>
public sealed record SelectNode(
    TableSchema Table,
    IReadOnlyList<OutputItem> Items,
    Predicate? Where,
    IReadOnlyList<OrderKey> Order,
    long? Limit,
    long Offset)
{
    public bool IsAggregate => Items.Any(i => i is AggregateOutput);
    /// <summary>The embeds of this level, spread ones included.</summary>
    public IEnumerable<EmbedOutput> Embeds => Items.OfType<EmbedOutput>();
}
