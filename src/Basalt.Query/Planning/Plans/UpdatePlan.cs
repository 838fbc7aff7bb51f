using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// PATCH: sets <see cref="Set"/> on the rows matching <see cref="Where"/>. <see cref="Order"/> and <see cref="Limit"/>
/// restrict it to the first rows (PostgREST allows a limit on PATCH and DELETE; the planner requires an order with it).
/// An empty <see cref="Set"/> (body <c>{}</c>) changes nothing and affects no rows.
/// </summary>
public sealed record UpdatePlan(
    TableSchema Table,
    IReadOnlyList<ColumnAssignment> Set,
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
