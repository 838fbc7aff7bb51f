using Basalt.Spec.Schema;

namespace Basalt.Sql.Sqlite;

/// <summary>
/// The expression that carries a kept column's old value into its new type during a table rebuild.
/// Conversions into INTEGER or REAL are left to the STRICT column rather than CAST: CAST turns 'abc' into 0
/// silently, while a STRICT column refuses a value it cannot store losslessly, which fails the migration
/// with a message naming the column.
/// </summary>
internal static class SqliteTypeConversion
{
    private const string UtcFormat = "'%Y-%m-%dT%H:%M:%fZ'";

    public static string CopyExpression(ColumnSchema before, ColumnSchema after)
    {
        var column = SqliteSyntax.QuoteIdentifier(before.Name);
        var from = before.Type;
        var to = after.Type;
        if (from.Equals(to))
        {
            return column;
        }
        var fromStore = SqliteTypeMapper.StoreType(from);
        var toStore = SqliteTypeMapper.StoreType(to);
        if (!from.IsArray && !to.IsArray)
        {
            switch (from.Kind, to.Kind)
            {
                // PostgreSQL spells booleans as text 'true' and 'false'; so does the conversion.
                case (ColumnKind.Boolean, _) when toStore == "TEXT":
                    return $"CASE {column} WHEN 1 THEN 'true' WHEN 0 THEN 'false' END";
                case (_, ColumnKind.Boolean) when fromStore == "TEXT":
                    return $"CASE lower({column}) WHEN 'true' THEN 1 WHEN 't' THEN 1 WHEN '1' THEN 1 WHEN 'false' THEN 0 WHEN 'f' THEN 0 WHEN '0' THEN 0 ELSE {column} END";
                case (ColumnKind.Date or ColumnKind.Timestamp, ColumnKind.TimestampTz):
                    return $"strftime({UtcFormat}, {column})";
                case (ColumnKind.Date, ColumnKind.Timestamp):
                    return $"strftime('%Y-%m-%dT%H:%M:%f', {column})";
            }
        }
        return (fromStore, toStore) switch
        {
            ("INTEGER" or "REAL" or "BLOB", "TEXT") => $"CAST({column} AS TEXT)",
            ("TEXT", "BLOB") => $"CAST({column} AS BLOB)",
            _ => column,
        };
    }
}
