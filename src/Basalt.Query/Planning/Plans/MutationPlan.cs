using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// What every write shares. <see cref="Returning"/> says what the response carries; <see cref="MaxAffected"/> (only
/// with <c>handling=strict</c>) and <see cref="Rollback"/> (<c>tx=rollback</c>) are enforced by the executor around the
/// one command, inside its transaction. <see cref="Check"/> is what every row the write leaves behind must satisfy (the
/// policies' check on the new row): the command reports the rows that do not (a <c>denied</c> count) and the executor
/// rolls the write back when there is any, so a refused write changes nothing.
/// </summary>
public abstract record MutationPlan(TableSchema Table, ReturningPlan Returning, long? MaxAffected, bool Rollback) : QueryPlan(Table)
{
    public Predicate? Check { get; init; }
}
