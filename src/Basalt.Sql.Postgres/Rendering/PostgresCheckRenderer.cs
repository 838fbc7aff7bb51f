using System.Globalization;
using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;

namespace Basalt.Sql.Postgres.Rendering;

/// <summary>
/// The named CHECK constraints a column's value rules become. Types and enum labels need none on PostgreSQL: the
/// native types refuse bad values themselves. Each rule is its own constraint, named by <see cref="ConstraintNames"/>,
/// so an error names the rule that failed and a changed rule is dropped and re-added alone.
/// </summary>
internal static class PostgresCheckRenderer
{
    /// <summary>Name and boolean expression of every check of the column, in a fixed order.</summary>
    public static IReadOnlyList<(string Name, string Expression)> For(TableName table, ColumnSchema column)
    {
        var checks = new List<(string, string)>();
        var c = PostgresSql.Quote(column.Name);
        if (column.MinLength is not null || column.MaxLength is not null)
        {
            // Arrays count elements; text counts characters, not bytes.
            var length = column.Type.IsArray ? $"cardinality({c})" : $"char_length({c})";
            checks.Add((ConstraintNames.Length(table, column.Name), Bounds(length, column.MinLength, column.MaxLength)));
        }
        if (column.Pattern is { } pattern && !column.Type.IsArray)
        {
            checks.Add((ConstraintNames.Pattern(table, column.Name), $"{c} ~ {PostgresSql.Literal(pattern)}"));
        }
        if ((column.Min is not null || column.Max is not null) && !column.Type.IsArray)
        {
            checks.Add((ConstraintNames.Range(table, column.Name), Bounds(c, column.Min, column.Max)));
        }
        if (column.Check is { } check)
        {
            checks.Add((ConstraintNames.Check(table, column.Name), check));
        }
        return checks;
    }

    private static string Bounds(string value, decimal? min, decimal? max)
    {
        var parts = new List<string>();
        if (min is { } lower)
        {
            parts.Add($"{value} >= {lower.ToString(CultureInfo.InvariantCulture)}");
        }
        if (max is { } upper)
        {
            parts.Add($"{value} <= {upper.ToString(CultureInfo.InvariantCulture)}");
        }
        return string.Join(" AND ", parts);
    }

    private static string Bounds(string value, int? min, int? max) => Bounds(value, (decimal?)min, max);
}
