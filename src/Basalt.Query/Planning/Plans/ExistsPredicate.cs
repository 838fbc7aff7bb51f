using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// A policy's <c>exists(table where …)</c>: some row of <see cref="Table"/> makes <see cref="Where"/> true. Inside,
/// scope 0 is still the level the whole predicate is attached to; <see cref="Scope"/> is the number this table's row
/// gets (one more than the enclosing one's), which inner predicates name through <see cref="ScopedPredicate"/>.
/// </summary>
public sealed record ExistsPredicate(TableSchema Table, int Scope, Predicate Where) : Predicate;
