namespace Basalt.Query.Planning;

/// <summary>
/// The rows a PATCH or DELETE touches: those matching <see cref="Where"/>, or with <see cref="Limit"/> only the slice of
/// <see cref="Order"/> after <see cref="Offset"/> (PostgREST's limited update/delete; the planner requires an order with a limit).
/// </summary>
public sealed record RowTarget(Predicate? Where, IReadOnlyList<OrderKey> Order, long? Limit, long Offset)
{
    public static RowTarget All { get; } = new(null, [], null, 0);
}
