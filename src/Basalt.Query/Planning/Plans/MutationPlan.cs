using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// What every write shares. <see cref="Returning"/> says what the response carries; <see cref="MaxAffected"/> (only
/// with <c>handling=strict</c>) and <see cref="Rollback"/> (<c>tx=rollback</c>) are enforced by the executor around the
/// one command, inside its transaction.
/// </summary>
public abstract record MutationPlan(TableSchema Table, ReturningPlan Returning, long? MaxAffected, bool Rollback) : QueryPlan(Table);
