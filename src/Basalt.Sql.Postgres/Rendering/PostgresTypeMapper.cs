using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;

namespace Basalt.Sql.Postgres.Rendering;

/// <summary>
/// Maps the spec's column types to PostgreSQL: the spelling used in DDL, and the spelling <c>format_type</c>
/// reports back, which is what introspection compares. An enum column gets its own enum type, named by
/// <see cref="ConstraintNames.EnumType"/> and living in the table's schema.
/// </summary>
internal static class PostgresTypeMapper
{
    /// <summary>The type as written in DDL: <c>timestamptz</c>, <c>numeric(10,2)</c>, <c>"posts_status"</c>, <c>text[]</c>.</summary>
    public static string Ddl(TableName table, string column, ColumnType type) =>
        DdlScalar(table, column, type) + (type.IsArray ? "[]" : "");

    /// <summary>The type as <c>format_type</c> prints it: <c>timestamp with time zone</c>, <c>numeric(10,0)</c>, <c>auth.auth_users_role</c>.</summary>
    public static string Store(TableName table, string column, ColumnType type) =>
        StoreScalar(table, column, type) + (type.IsArray ? "[]" : "");

    /// <summary>The element type as <c>format_type</c> prints it, for the cast of an array default.</summary>
    public static string StoreScalar(TableName table, string column, ColumnType type) => type.Kind switch
    {
        ColumnKind.Double => "double precision",
        ColumnKind.Time => "time without time zone",
        ColumnKind.Timestamp => "timestamp without time zone",
        ColumnKind.TimestampTz => "timestamp with time zone",
        ColumnKind.Numeric when type.Precision is { } p => $"numeric({p},{type.Scale ?? 0})",
        ColumnKind.Enum => PostgresSql.DisplayInSchema(table, EnumTypeName(table, column)),
        _ => DdlScalar(table, column, type),
    };

    /// <summary>The name of the enum type of an enum column, as PostgreSQL stores it (at most 63 bytes).</summary>
    public static string EnumTypeName(TableName table, string column) =>
        PostgresSql.Truncate(ConstraintNames.EnumType(table, column));

    /// <summary>The enum type of an enum column, quoted and qualified for DDL.</summary>
    public static string QuotedEnumType(TableName table, string column) =>
        PostgresSql.QuoteInSchema(table, ConstraintNames.EnumType(table, column));

    private static string DdlScalar(TableName table, string column, ColumnType type) =>
        type.Kind == ColumnKind.Enum ? QuotedEnumType(table, column) : BuiltInScalar(type);

    /// <summary>
    /// A built-in element type as written in SQL (<c>timestamptz</c>, <c>numeric(10,2)</c>); enums have a type per column
    /// (see <see cref="QuotedEnumType"/>), so they have no name here.
    /// </summary>
    public static string BuiltInScalar(ColumnType type) => type.Kind switch
    {
        ColumnKind.Text => "text",
        ColumnKind.Integer => "integer",
        ColumnKind.BigInt => "bigint",
        ColumnKind.SmallInt => "smallint",
        ColumnKind.Real => "real",
        ColumnKind.Double => "double precision",
        ColumnKind.Numeric when type.Precision is { } p => type.Scale is { } s ? $"numeric({p},{s})" : $"numeric({p})",
        ColumnKind.Numeric => "numeric",
        ColumnKind.Boolean => "boolean",
        ColumnKind.Uuid => "uuid",
        ColumnKind.Date => "date",
        ColumnKind.Time => "time",
        ColumnKind.Timestamp => "timestamp",
        ColumnKind.TimestampTz => "timestamptz",
        ColumnKind.Json => "json",
        ColumnKind.Jsonb => "jsonb",
        ColumnKind.Bytea => "bytea",
        _ => throw new NotSupportedException($"column type {type} has no built-in PostgreSQL type"),
    };
}
