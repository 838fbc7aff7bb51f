using System.Globalization;
using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;

namespace Basalt.Sql.Sqlite;

/// <summary>
/// Renders one column definition with its CHECK constraints inline, so the same text serves CREATE TABLE and
/// ALTER TABLE ADD COLUMN. Each rule is its own named constraint so a refused value names the rule it broke.
/// </summary>
internal static class SqliteColumnRenderer
{
    /// <summary>
    /// True for the identity column that is the table's single primary key: it becomes SQLite's rowid
    /// (<c>INTEGER PRIMARY KEY</c>), with AUTOINCREMENT so ids are never reused, as PostgreSQL's identity.
    /// SQLite has no sequences, so an identity column of any other shape is a plain INTEGER.
    /// </summary>
    public static bool IsAutoIncrement(TableSchema table, ColumnSchema column) =>
        column.Identity && column.Type.IsInteger && table.PrimaryKey.Count == 1 && table.PrimaryKey[0] == column.Name;

    public static string Definition(TableSchema table, ColumnSchema column)
    {
        var parts = new List<string> { SqliteSyntax.QuoteIdentifier(column.Name), SqliteTypeMapper.StoreType(column.Type) };
        if (!column.Nullable)
        {
            parts.Add("NOT NULL");
        }
        if (IsAutoIncrement(table, column))
        {
            parts.Add("PRIMARY KEY AUTOINCREMENT");
        }
        if (SqliteDefaultRenderer.Render(column) is { } value)
        {
            parts.Add(value.Clause);
        }
        parts.AddRange(Checks(table.Name, column).Select(c => $"CONSTRAINT {SqliteSyntax.QuoteIdentifier(c.Name)} CHECK ({c.Expression})"));
        return string.Join(" ", parts);
    }

    /// <summary>The column's CHECK constraints in a fixed order: type, enum, length, pattern, range, the spec's own check.</summary>
    public static IEnumerable<SqliteCheck> Checks(TableName table, ColumnSchema column)
    {
        var name = column.Name;
        var quoted = SqliteSyntax.QuoteIdentifier(name);
        var type = column.Type;
        if (SqliteTypeMapper.TypeCheck(type, quoted) is { } typeCheck)
        {
            yield return new(ConstraintNames.Type(table, name), typeCheck);
        }
        // A NULL makes each of these expressions NULL, and SQLite passes a CHECK that is NULL: nullable columns
        // need no "IS NULL OR" guard (the type checks that need one carry it). Array elements cannot be checked
        // (CHECK allows no subqueries).
        if (type.Kind == ColumnKind.Enum && !type.IsArray)
        {
            yield return new(ConstraintNames.Enum(table, name), $"{quoted} IN ({string.Join(", ", type.Values.Select(SqliteSyntax.QuoteLiteral))})");
        }
        if (column.MinLength is not null || column.MaxLength is not null)
        {
            var length = type.IsArray ? $"json_array_length({quoted})" : $"length({quoted})";
            yield return new(ConstraintNames.Length(table, name), Bounds(length, column.MinLength, column.MaxLength));
        }
        if (column.Pattern is { } pattern && !type.IsArray)
        {
            // REGEXP calls the regexp() function every connection registers (SqliteFunctions).
            yield return new(ConstraintNames.Pattern(table, name), $"{quoted} REGEXP {SqliteSyntax.QuoteLiteral(pattern)}");
        }
        if ((column.Min is not null || column.Max is not null) && !type.IsArray)
        {
            yield return new(ConstraintNames.Range(table, name), Bounds(quoted, column.Min, column.Max));
        }
        if (column.Check is { } check)
        {
            // Validated by the spec loader against its expression subset, which SQLite reads as is.
            yield return new(ConstraintNames.Check(table, name), check);
        }
    }

    private static string Bounds(string value, decimal? min, decimal? max)
    {
        var rules = new List<string>();
        if (min is { } low)
        {
            rules.Add($"{value} >= {low.ToString(CultureInfo.InvariantCulture)}");
        }
        if (max is { } high)
        {
            rules.Add($"{value} <= {high.ToString(CultureInfo.InvariantCulture)}");
        }
        return string.Join(" AND ", rules);
    }

    private static string Bounds(string value, int? min, int? max) =>
        Bounds(value, min is null ? null : (decimal)min.Value, max is null ? null : (decimal)max.Value);
}
