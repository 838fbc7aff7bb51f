namespace Basalt.Query.Planning;

/// <summary>
/// A boolean condition on the rows of one level: <see cref="ConditionPredicate"/>, <see cref="EmbedPresence"/>,
/// <see cref="AndPredicate"/>, <see cref="OrPredicate"/> or <see cref="NotPredicate"/>. Row-level policies (issue 4)
/// are folded in as further predicates of the same kinds.
/// </summary>
public abstract record Predicate;
