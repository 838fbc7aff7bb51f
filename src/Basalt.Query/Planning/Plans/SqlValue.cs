using System.Globalization;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// A value checked against <see cref="Type"/>, in one canonical CLR form per kind, for a dialect to bind as a
/// parameter (never to splice into SQL):
/// <list type="table">
/// <item><term>smallint, integer, bigint</term><description><see cref="long"/></description></item>
/// <item><term>real, double</term><description><see cref="double"/></description></item>
/// <item><term>numeric</term><description><see cref="decimal"/></description></item>
/// <item><term>boolean</term><description><see cref="bool"/></description></item>
/// <item><term>uuid</term><description><see cref="Guid"/></description></item>
/// <item><term>date / time</term><description><see cref="DateOnly"/> / <see cref="TimeOnly"/></description></item>
/// <item><term>timestamp</term><description><see cref="DateTime"/> with kind Unspecified</description></item>
/// <item><term>timestamptz</term><description><see cref="DateTimeOffset"/> at offset zero</description></item>
/// <item><term>text, enum</term><description><see cref="string"/></description></item>
/// <item><term>json, jsonb</term><description><see cref="string"/>: the JSON text, compact</description></item>
/// <item><term>bytea</term><description><see cref="byte"/>[]</description></item>
/// <item><term>T[]</term><description>IReadOnlyList&lt;object?&gt; of the element's form (null items allowed)</description></item>
/// </list>
/// <see cref="Value"/> null is SQL NULL.
/// </summary>
public sealed record SqlValue(ColumnType Type, object? Value)
{
    public bool IsNull => Value is null;

    public static SqlValue Null(ColumnType type) => new(type, null);

    public static SqlValue Text(string value) => new(new ColumnType(ColumnKind.Text), value);

    public override string ToString() => Value switch
    {
        null => "null::" + Type.SpecName,
        string s => "'" + s + "'::" + Type.SpecName,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture) + "::" + Type.SpecName,
        _ => Value + "::" + Type.SpecName,
    };
}
