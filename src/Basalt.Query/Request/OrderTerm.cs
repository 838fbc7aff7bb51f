namespace Basalt.Query.Request;

/// <summary>
/// One key of <c>order=</c>: <c>age.desc.nullslast</c>, <c>data->>x</c>, or a column of a to-one embed,
/// <c>directors(last_name).desc</c> (<see cref="Relation"/> set). Direction and nulls stay null when not written,
/// so the planner applies the database's defaults.
/// </summary>
public sealed record OrderTerm(string? Relation, FieldPath Field, SortDirection? Direction, NullsOrder? Nulls)
{
    public override string ToString() =>
        (Relation is null ? Field.ToString() : Syntax.Name(Relation) + "(" + Field + ")")
        + (Direction is null ? "" : " " + Direction.Value.ToString().ToLowerInvariant())
        + (Nulls is null ? "" : " nulls" + Nulls.Value.ToString().ToLowerInvariant());
}
