namespace Basalt.Query.Planning;

/// <summary>
/// <see cref="Item"/> about the row of an enclosing level: inside an <see cref="ExistsPredicate"/>, a policy may compare
/// the outer row's columns (<c>exists(members where members.team_id = team_id)</c>). <see cref="Scope"/> counts from
/// the level the predicate is attached to (0) inwards, one per enclosing <see cref="ExistsPredicate"/>.
/// </summary>
public sealed record ScopedPredicate(int Scope, Predicate Item) : Predicate;
