using System.Globalization;
using Basalt.Spec.Schema;
using Basalt.Sql.Errors;

namespace Basalt.Sql.Sqlite.Errors;

/// <summary>
/// PostgreSQL's error for a value SQLite refused as not of its column's type: either STRICT refused its storage
/// class (<c>cannot store TEXT value in INTEGER column t.c</c>) or the column's <c>_type</c> CHECK refused it.
/// </summary>
internal static class SqliteTypeErrors
{
    /// <summary>
    /// The <c>_type</c> CHECK failed. For integers STRICT has already refused non-integers, so the check can only
    /// have refused the range; for <c>numeric(p,s)</c> it refused the precision or the scale.
    /// </summary>
    public static DatabaseError TypeCheckFailed(TableName table, ColumnSchema column)
    {
        var type = column.Type;
        if (type.IsArray)
        {
            return PostgresErrors.MalformedArray();
        }
        return type.Kind switch
        {
            ColumnKind.SmallInt or ColumnKind.Integer or ColumnKind.BigInt => PostgresErrors.IntegerOutOfRange(PostgresErrors.InputTypeName(type)),
            ColumnKind.Numeric => PostgresErrors.NumericFieldOverflow(NumericLimit(type)),
            _ => PostgresErrors.InvalidValue(table, column),
        };
    }

    /// <summary>STRICT refused the value's storage class: it is not of the column's type at all.</summary>
    public static DatabaseError StorageRefused(TableName table, ColumnSchema column) => PostgresErrors.InvalidValue(table, column);

    /// <summary>STRICT refused a value for a column the schema does not know: name the type by SQLite's storage type.</summary>
    public static DatabaseError StorageRefused(string storageType) => PostgresErrors.InvalidInputSyntax(storageType switch
    {
        "INTEGER" => "bigint",
        "REAL" => "double precision",
        "BLOB" => "bytea",
        _ => "text",
    });

    /// <summary>
    /// SQLite's bare <c>datatype mismatch</c>: a value that is not an integer for a rowid key, which only an identity
    /// integer primary key is here. The message names no column, so the type is named when every such key shares it.
    /// </summary>
    public static DatabaseError RowidRefused(DatabaseSchema schema)
    {
        var types = schema.Tables
            .SelectMany(t => t.Columns.Where(c => SqliteColumnRenderer.IsAutoIncrement(t, c)))
            .Select(c => PostgresErrors.InputTypeName(c.Type))
            .Distinct()
            .ToList();
        return PostgresErrors.InvalidInputSyntax(types.Count == 1 ? types[0] : "integer");
    }

    /// <summary>
    /// PostgreSQL rounds extra decimals and only refuses the size; SQLite stores REAL, so its check refuses both, and
    /// the details say so instead of PostgreSQL's <c>must round to an absolute value less than 10^4</c>.
    /// </summary>
    private static string? NumericLimit(ColumnType type)
    {
        var scale = type.Scale ?? 0;
        return type.Precision is { } precision
            ? string.Create(CultureInfo.InvariantCulture,
                $"A field with precision {precision}, scale {scale} must have an absolute value less than 10^{precision - scale} and at most {scale} digits after the point.")
            : string.Create(CultureInfo.InvariantCulture, $"A field with scale {scale} must have at most {scale} digits after the point.");
    }
}
