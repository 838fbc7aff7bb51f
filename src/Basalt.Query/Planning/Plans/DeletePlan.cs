using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>DELETE of the <see cref="Target"/> rows.</summary>
public sealed record DeletePlan(
    TableSchema Table,
    RowTarget Target,
    ReturningPlan Returning,
    long? MaxAffected,
    bool Rollback) : MutationPlan(Table, Returning, MaxAffected, Rollback);
