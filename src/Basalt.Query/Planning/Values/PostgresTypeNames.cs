using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>The names PostgreSQL uses for the spec's types in its messages (<c>timestamp with time zone</c>, not <c>timestamptz</c>).</summary>
internal static class PostgresTypeNames
{
    private const int MaxIdentifierLength = 63;

    public static string Of(ColumnKind kind) => kind switch
    {
        ColumnKind.SmallInt => "smallint",
        ColumnKind.Integer => "integer",
        ColumnKind.BigInt => "bigint",
        ColumnKind.Real => "real",
        ColumnKind.Double => "double precision",
        ColumnKind.Numeric => "numeric",
        ColumnKind.Boolean => "boolean",
        ColumnKind.Uuid => "uuid",
        ColumnKind.Date => "date",
        ColumnKind.Time => "time without time zone",
        ColumnKind.Timestamp => "timestamp without time zone",
        ColumnKind.TimestampTz => "timestamp with time zone",
        ColumnKind.Json => "json",
        ColumnKind.Jsonb => "json",
        ColumnKind.Bytea => "bytea",
        _ => "text",
    };

    /// <summary>The enum type the migrations create for an enum column (<c>{table}_{column}</c>, cut to PostgreSQL's 63 bytes).</summary>
    public static string EnumType(TableName table, string column)
    {
        var name = $"{table.Flat}_{column}";
        return name.Length <= MaxIdentifierLength ? name : name[..MaxIdentifierLength];
    }
}
