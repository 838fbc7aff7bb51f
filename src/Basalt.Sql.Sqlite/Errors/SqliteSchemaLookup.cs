using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;

namespace Basalt.Sql.Sqlite.Errors;

/// <summary>
/// Finds in the compiled schema what SQLite's messages name only partly: a table by its file name
/// (<c>auth_users</c>), the unique constraint behind a list of columns, the column behind a CHECK's name.
/// </summary>
internal static class SqliteSchemaLookup
{
    /// <summary>The table SQLite calls <paramref name="physicalName"/>, which is <see cref="TableName.Flat"/>.</summary>
    public static TableSchema? Table(DatabaseSchema schema, string physicalName) =>
        schema.Tables.FirstOrDefault(t => t.Name.Flat == physicalName);

    /// <summary>PostgreSQL's name for the relation: the table's own name, without its schema (<c>users</c>).</summary>
    public static string RelationName(DatabaseSchema schema, string physicalName) => Table(schema, physicalName)?.Name.Name ?? physicalName;

    /// <summary>
    /// The primary key, unique constraint or unique index over exactly <paramref name="columns"/>, in that order
    /// first and then in any order; null when none is.
    /// </summary>
    public static string? UniqueName(TableSchema table, IReadOnlyList<string> columns)
    {
        var candidates = new List<(string Name, IReadOnlyList<string> Columns)>();
        if (table.PrimaryKey.Count > 0)
        {
            candidates.Add((ConstraintNames.PrimaryKey(table.Name), table.PrimaryKey));
        }
        candidates.AddRange(table.Uniques.Select(u => (u.Name, u.Columns)));
        candidates.AddRange(table.Indexes.Where(i => i.Unique).Select(i => (i.Name, (IReadOnlyList<string>)i.Columns.Select(c => c.Name).ToArray())));
        return candidates.FirstOrDefault(c => c.Columns.SequenceEqual(columns)).Name
            ?? candidates.FirstOrDefault(c => c.Columns.Count == columns.Count && !c.Columns.Except(columns).Any()).Name;
    }

    /// <summary>The table and column of the derived CHECK named <paramref name="name"/>, and what it enforces.</summary>
    public static (TableSchema Table, ColumnSchema Column, SqliteCheckKind Kind)? Check(DatabaseSchema schema, string name)
    {
        foreach (var table in schema.Tables.Where(t => name.StartsWith(t.Name.Flat + "_", StringComparison.Ordinal)))
        {
            foreach (var column in table.Columns)
            {
                if (KindOf(table.Name, column.Name, name) is { } kind)
                {
                    return (table, column, kind);
                }
            }
        }
        return null;
    }

    private static SqliteCheckKind? KindOf(TableName table, string column, string name)
    {
        if (name == ConstraintNames.Type(table, column))
        {
            return SqliteCheckKind.Type;
        }
        if (name == ConstraintNames.Enum(table, column))
        {
            return SqliteCheckKind.Enum;
        }
        return name == ConstraintNames.Length(table, column) || name == ConstraintNames.Pattern(table, column)
            || name == ConstraintNames.Range(table, column) || name == ConstraintNames.Check(table, column)
            ? SqliteCheckKind.Rule
            : null;
    }
}
