using System.Globalization;
using Basalt.Spec.Schema;

namespace Basalt.Sql.Sqlite;

/// <summary>
/// Maps the spec's column types onto STRICT tables' four storage types, and renders the CHECK that makes the
/// file itself refuse a value the type does not allow (STRICT knows INTEGER from TEXT, not a uuid from a name).
/// </summary>
internal static class SqliteTypeMapper
{
    // A lower-case canonical 8-4-4-4-12 uuid. GLOB, not REGEXP: it needs no application function, so the
    // sqlite3 shell and backup tools can still write the table.
    private static readonly string UuidGlob = string.Join("-", new[] { 8, 4, 4, 4, 12 }.Select(n => string.Concat(Enumerable.Repeat("[0-9a-f]", n))));

    public static string StoreType(ColumnType type) => type.IsArray ? "TEXT" : type.Kind switch
    {
        ColumnKind.SmallInt or ColumnKind.Integer or ColumnKind.BigInt or ColumnKind.Boolean => "INTEGER",
        ColumnKind.Real or ColumnKind.Double or ColumnKind.Numeric => "REAL",
        ColumnKind.Bytea => "BLOB",
        _ => "TEXT",
    };

    /// <summary>The type's own rule over the quoted <paramref name="column"/>, or null when STRICT alone enforces it.</summary>
    public static string? TypeCheck(ColumnType type, string column)
    {
        if (type.IsArray)
        {
            // Element types cannot be checked: CHECK forbids subqueries, so json_each is out of reach.
            return $"json_valid({column}) AND json_type({column}) = 'array'";
        }
        return type.Kind switch
        {
            ColumnKind.SmallInt => $"{column} BETWEEN -32768 AND 32767",
            ColumnKind.Integer => $"{column} BETWEEN -2147483648 AND 2147483647",
            ColumnKind.Numeric => NumericCheck(type, column),
            ColumnKind.Boolean => $"{column} IN (0, 1)",
            ColumnKind.Uuid => $"{column} GLOB '{UuidGlob}'",
            // date() normalises, so an impossible date such as 2024-02-30 differs from its own date() and fails.
            ColumnKind.Date => $"{column} IS date({column})",
            // "IS NOT NULL" is true or false, never NULL, so these two pass a NULL explicitly; the others are NULL on NULL.
            ColumnKind.Time => $"time({column}) IS NOT NULL OR {column} IS NULL",
            ColumnKind.Timestamp or ColumnKind.TimestampTz => $"julianday({column}) IS NOT NULL OR {column} IS NULL",
            ColumnKind.Json or ColumnKind.Jsonb => $"json_valid({column})",
            _ => null,
        };
    }

    private static string? NumericCheck(ColumnType type, string column)
    {
        if (type.Precision is null && type.Scale is null)
        {
            return null;
        }
        // As in PostgreSQL, numeric(p) means numeric(p, 0). Values are REAL here, so a value with more decimals
        // than the scale is refused rather than rounded.
        var scale = type.Scale ?? 0;
        var rules = new List<string> { $"{column} = round({column}, {scale.ToString(CultureInfo.InvariantCulture)})" };
        if (type.Precision is { } precision)
        {
            rules.Add($"abs({column}) < {PowerOfTen(precision - scale)}");
        }
        return string.Join(" AND ", rules);
    }

    private static string PowerOfTen(int exponent) =>
        exponent is >= 0 and <= 18 ? "1" + new string('0', exponent) : "1e" + exponent.ToString(CultureInfo.InvariantCulture);
}
