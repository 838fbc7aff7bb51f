using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>DELETE of the rows matching <see cref="Where"/>, with the same order/limit rule as <see cref="UpdatePlan"/>.</summary>
public sealed record DeletePlan(
    TableSchema Table,
    Predicate? Where,
    IReadOnlyList<OrderKey> Order,
    long? Limit,
    ReturningPlan Returning,
    long? MaxAffected,
    bool Rollback) : MutationPlan(Table, Returning, MaxAffected, Rollback)
{
    /// <summary>Rows of the order to skip before the <see cref="Limit"/> applies (PostgREST's limited update/delete).</summary>
    public long Offset { get; init; }
}
