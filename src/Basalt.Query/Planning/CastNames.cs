using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// The type names a <c>::cast</c> in <c>select</c> may use: the spec's types and PostgreSQL's usual aliases. Other names
/// are refused with PostgreSQL's "type does not exist" (42704) rather than passed to SQL.
/// </summary>
internal static class CastNames
{
    private static readonly Dictionary<string, ColumnKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = ColumnKind.Text,
        ["varchar"] = ColumnKind.Text,
        ["smallint"] = ColumnKind.SmallInt,
        ["int2"] = ColumnKind.SmallInt,
        ["integer"] = ColumnKind.Integer,
        ["int"] = ColumnKind.Integer,
        ["int4"] = ColumnKind.Integer,
        ["bigint"] = ColumnKind.BigInt,
        ["int8"] = ColumnKind.BigInt,
        ["real"] = ColumnKind.Real,
        ["float4"] = ColumnKind.Real,
        ["double"] = ColumnKind.Double,
        ["float8"] = ColumnKind.Double,
        ["numeric"] = ColumnKind.Numeric,
        ["decimal"] = ColumnKind.Numeric,
        ["boolean"] = ColumnKind.Boolean,
        ["bool"] = ColumnKind.Boolean,
        ["uuid"] = ColumnKind.Uuid,
        ["date"] = ColumnKind.Date,
        ["time"] = ColumnKind.Time,
        ["timestamp"] = ColumnKind.Timestamp,
        ["timestamptz"] = ColumnKind.TimestampTz,
        ["json"] = ColumnKind.Json,
        ["jsonb"] = ColumnKind.Jsonb,
    };

    public static CastTarget? Resolve(string? name)
    {
        if (name is null)
        {
            return null;
        }
        return Kinds.TryGetValue(name, out var kind) ? new CastTarget(new ColumnType(kind)) : throw new PlanException(SchemaErrors.UnknownType(name));
    }
}
