using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// PATCH: sets <see cref="Set"/> on the <see cref="Target"/> rows. An empty <see cref="Set"/> (body <c>{}</c>) changes
/// nothing and affects no rows.
/// </summary>
public sealed record UpdatePlan(
    TableSchema Table,
    IReadOnlyList<ColumnAssignment> Set,
    RowTarget Target,
    ReturningPlan Returning,
    long? MaxAffected,
    bool Rollback) : MutationPlan(Table, Returning, MaxAffected, Rollback);
