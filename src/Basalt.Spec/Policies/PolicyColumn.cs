using Basalt.Spec.Schema;

namespace Basalt.Spec.Policies;

/// <summary>
/// A column of the row at <paramref name="Scope"/> (0: the policy's own table; n: the n-th enclosing
/// <c>exists</c>, outermost first). Bound at parse time by SQL's rule: an unqualified name to the innermost scope
/// whose table has that column, <c>table.column</c> (or <c>alias.column</c>) to the innermost scope of that name.
/// </summary>
public sealed record PolicyColumn(TableName Table, string Column, int Scope) : PolicyValue;
