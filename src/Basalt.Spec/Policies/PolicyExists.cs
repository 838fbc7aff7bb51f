using Basalt.Spec.Schema;

namespace Basalt.Spec.Policies;

/// <summary>
/// <c>exists(table [as alias] [where …])</c>: true when some row of <paramref name="Table"/> makes
/// <paramref name="Where"/> true. <paramref name="Scope"/> numbers the row it binds: 1 for the outermost
/// <c>exists</c>, 2 for one nested in it, …; 0 is the policy's own table. Without <c>where</c> the tree holds a
/// literal <c>true</c>.
/// </summary>
public sealed record PolicyExists(TableName Table, int Scope, PolicyCondition Where) : PolicyCondition;
