namespace Basalt.Query.Planning;

/// <summary>All of <see cref="Items"/> hold (an empty list is true).</summary>
public sealed record AndPredicate(IReadOnlyList<Predicate> Items) : Predicate;
