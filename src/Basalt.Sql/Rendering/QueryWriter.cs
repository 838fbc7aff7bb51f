using System.Globalization;
using Basalt.Query.Planning;

namespace Basalt.Sql.Rendering;

/// <summary>
/// The state of rendering one command: the engine's <see cref="SqlFlavor"/>, the parameters bound so far and the
/// table aliases handed out (<c>t0</c>, <c>t1</c>…, unique in the command so correlated subqueries never shadow one another).
/// </summary>
public sealed class QueryWriter(SqlFlavor flavor)
{
    private int aliases;

    public SqlFlavor Flavor { get; } = flavor;

    public SqlParameters Parameters { get; } = new();

    public string Parameter(SqlValue value) => Flavor.Parameter(Parameters, value);

    public string NextAlias() => "t" + (aliases++).ToString(CultureInfo.InvariantCulture);

    public SqlCommand Command(string text, ResultShape shape) => new(text, Parameters.Arguments, shape);
}
