using Basalt.Spec.Schema;

namespace Basalt.Sql.Ddl;

/// <summary>Which type changes keep every value (widening) and which can lose or reject some (narrowing).</summary>
public static class TypeConversions
{
    private static readonly ColumnKind[] IntegerLadder = [ColumnKind.SmallInt, ColumnKind.Integer, ColumnKind.BigInt, ColumnKind.Numeric];

    public static bool IsWidening(ColumnType from, ColumnType to)
    {
        if (from.Equals(to))
        {
            return true;
        }
        if (from.IsArray != to.IsArray)
        {
            return false;
        }
        if (to.Kind == ColumnKind.Text)
        {
            return from.Kind != ColumnKind.Bytea;
        }
        if (from.Kind == ColumnKind.Enum && to.Kind == ColumnKind.Enum)
        {
            return from.Values.All(to.Values.Contains);
        }
        if (from.Kind == ColumnKind.Numeric && to.Kind == ColumnKind.Numeric)
        {
            return to.Precision is null || (from.Precision is not null && to.Precision >= from.Precision && (to.Scale ?? 0) >= (from.Scale ?? 0));
        }
        var fi = Array.IndexOf(IntegerLadder, from.Kind);
        var ti = Array.IndexOf(IntegerLadder, to.Kind);
        if (fi >= 0 && ti >= 0)
        {
            return ti >= fi && (to.Kind != ColumnKind.Numeric || to.Precision is null);
        }
        return (from.Kind, to.Kind) switch
        {
            (ColumnKind.Real, ColumnKind.Double) => true,
            (ColumnKind.SmallInt or ColumnKind.Integer, ColumnKind.Double) => true,
            (ColumnKind.Json, ColumnKind.Jsonb) or (ColumnKind.Jsonb, ColumnKind.Json) => true,
            (ColumnKind.Date, ColumnKind.Timestamp or ColumnKind.TimestampTz) => true,
            (ColumnKind.Timestamp, ColumnKind.TimestampTz) => true,
            _ => false,
        };
    }
}
