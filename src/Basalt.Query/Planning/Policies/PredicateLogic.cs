namespace Basalt.Query.Planning;

/// <summary>
/// and/or/not over predicates, folding constants with SQL's three-valued logic: false and x is false, true or x is
/// true, true and x is x, false or x is x, not of a constant is its negation (unknown stays unknown). Unknown next to
/// a row condition is kept, since the row decides the result.
/// </summary>
internal static class PredicateLogic
{
    public static Predicate And(Predicate left, Predicate right) => (left, right) switch
    {
        (ConstantPredicate { Value: false }, _) or (_, ConstantPredicate { Value: false }) => ConstantPredicate.False,
        (ConstantPredicate { Value: true }, _) => right,
        (_, ConstantPredicate { Value: true }) => left,
        (ConstantPredicate { Value: null }, ConstantPredicate { Value: null }) => ConstantPredicate.Unknown,
        _ => new AndPredicate([left, right]),
    };

    public static Predicate Or(Predicate left, Predicate right) => (left, right) switch
    {
        (ConstantPredicate { Value: true }, _) or (_, ConstantPredicate { Value: true }) => ConstantPredicate.True,
        (ConstantPredicate { Value: false }, _) => right,
        (_, ConstantPredicate { Value: false }) => left,
        (ConstantPredicate { Value: null }, ConstantPredicate { Value: null }) => ConstantPredicate.Unknown,
        _ => new OrPredicate([left, right]),
    };

    public static Predicate Not(Predicate item) => item switch
    {
        ConstantPredicate { Value: { } value } => new ConstantPredicate(!value),
        ConstantPredicate => ConstantPredicate.Unknown,
        _ => new NotPredicate(item),
    };

    /// <summary>Adds a condition to an optional one (a level's own filters); a condition that is always true adds nothing.</summary>
    public static Predicate? Restrict(Predicate? existing, Predicate condition) =>
        condition is ConstantPredicate { Value: true } ? existing
        : existing is null ? condition
        : And(existing, condition);
}
