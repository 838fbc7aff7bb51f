using System.Globalization;
using Basalt.Query.Planning;
using Basalt.Spec.Schema;

namespace Basalt.Sql.Rendering;

/// <summary>
/// The arguments of one command, named <c>@p0</c>, <c>@p1</c>… in the order they are first used. Equal scalar values of
/// the same type share one parameter: a JSON path key that appears in the select list, the <c>GROUP BY</c> and the
/// <c>ORDER BY</c> must be the same expression for PostgreSQL to accept the grouping, and fewer parameters bind faster.
/// </summary>
public sealed class SqlParameters
{
    private readonly List<SqlArgument> arguments = [];
    private readonly Dictionary<(ColumnType Type, object Value), string> shared = [];

    public IReadOnlyList<SqlArgument> Arguments => arguments;

    /// <summary>The placeholder of <paramref name="value"/>, a new one unless an equal scalar was added before.</summary>
    public string Add(SqlValue value)
    {
        // Enum labels are bound untyped on PostgreSQL and take the type of their context, which may differ per use.
        var shareable = (value.Value is not null and not System.Collections.IEnumerable || value.Value is string) && value.Type.Kind != ColumnKind.Enum;
        if (shareable && shared.TryGetValue((value.Type, value.Value!), out var existing))
        {
            return existing;
        }
        var name = "@p" + arguments.Count.ToString(CultureInfo.InvariantCulture);
        arguments.Add(new SqlArgument(name, value));
        if (shareable)
        {
            shared[(value.Type, value.Value!)] = name;
        }
        return name;
    }
}
