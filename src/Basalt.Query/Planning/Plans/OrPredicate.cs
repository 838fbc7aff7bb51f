namespace Basalt.Query.Planning;

/// <summary>At least one of <see cref="Items"/> holds.</summary>
public sealed record OrPredicate(IReadOnlyList<Predicate> Items) : Predicate;
