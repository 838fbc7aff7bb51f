using Basalt.Spec.Schema;

namespace Basalt.Sql.Ddl;

/// <summary>
/// The names both dialects give to the constraints they derive from a column, so that an error from either
/// engine names the same constraint and <c>verify</c> matches them by name.
/// </summary>
public static class ConstraintNames
{
    public static string PrimaryKey(TableName table) => $"{table.Flat}_pkey";

    /// <summary>The engine-level check that a value has the column's type (SQLite only: STRICT does not know uuid or dates).</summary>
    public static string Type(TableName table, string column) => $"{table.Flat}_{column}_type";

    public static string Enum(TableName table, string column) => $"{table.Flat}_{column}_enum";

    public static string Length(TableName table, string column) => $"{table.Flat}_{column}_length";

    public static string Pattern(TableName table, string column) => $"{table.Flat}_{column}_pattern";

    public static string Range(TableName table, string column) => $"{table.Flat}_{column}_range";

    /// <summary>The spec's own <c>check</c> expression.</summary>
    public static string Check(TableName table, string column) => $"{table.Flat}_{column}_check";

    /// <summary>PostgreSQL's enum type for an enum column.</summary>
    public static string EnumType(TableName table, string column) => $"{table.Flat}_{column}";
}
