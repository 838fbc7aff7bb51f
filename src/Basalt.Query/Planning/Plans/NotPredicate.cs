namespace Basalt.Query.Planning;

/// <summary><see cref="Item"/> does not hold (SQL <c>NOT</c>: unknown stays unknown).</summary>
public sealed record NotPredicate(Predicate Item) : Predicate;
