using Basalt.Query.Request;

namespace Basalt.Query.Planning;

/// <summary>
/// One sort key of a level. <see cref="Via"/> is set for <c>order=author(name)</c>: the field is a column of that to-one
/// embed's table (joined through its relationship). <see cref="Nulls"/> is always explicit: the planner fills in
/// PostgreSQL's default (nulls last ascending, first descending) so both engines sort alike.
/// </summary>
public sealed record OrderKey(FieldRef Field, EmbedOutput? Via, SortDirection Direction, NullsOrder Nulls);
