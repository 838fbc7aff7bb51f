namespace Basalt.Spec.Schema;

/// <summary>The spec's names for <see cref="ColumnKind"/> values, in one place for the parser, messages and docs.</summary>
public static class ColumnKinds
{
    private static readonly (string Name, ColumnKind Kind)[] Names =
    [
        ("text", ColumnKind.Text), ("integer", ColumnKind.Integer), ("bigint", ColumnKind.BigInt),
        ("smallint", ColumnKind.SmallInt), ("real", ColumnKind.Real), ("double", ColumnKind.Double),
        ("numeric", ColumnKind.Numeric), ("boolean", ColumnKind.Boolean), ("uuid", ColumnKind.Uuid),
        ("date", ColumnKind.Date), ("time", ColumnKind.Time), ("timestamp", ColumnKind.Timestamp),
        ("timestamptz", ColumnKind.TimestampTz), ("json", ColumnKind.Json), ("jsonb", ColumnKind.Jsonb),
        ("bytea", ColumnKind.Bytea), ("enum", ColumnKind.Enum),
    ];

    public static IReadOnlyList<string> AllNames { get; } = Names.Select(n => n.Name).ToArray();

    public static string SpecName(ColumnKind kind) => Names.First(n => n.Kind == kind).Name;

    public static bool TryParse(string name, out ColumnKind kind)
    {
        foreach (var (n, k) in Names)
        {
            if (n == name)
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
