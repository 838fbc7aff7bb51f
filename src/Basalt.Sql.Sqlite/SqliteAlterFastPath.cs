using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;
using Basalt.Sql.Introspection;

namespace Basalt.Sql.Sqlite;

/// <summary>
/// The changes SQLite's own ALTER TABLE can make in place (add a column, rename a column, add or drop an index),
/// taken only when they leave exactly the table a rebuild would: the predicted shape is compared with the
/// expected shape of the new table, and anything the prediction cannot vouch for falls back to a rebuild.
/// </summary>
internal static class SqliteAlterFastPath
{
    /// <summary>The in-place statements, or null when the change needs a rebuild.</summary>
    public static IReadOnlyList<string>? TryRender(AlterTable alter)
    {
        if (!alter.Changes.All(c => c is AddColumn or RenameColumn or AddIndex or DropIndex))
        {
            return null;
        }
        var after = alter.After;
        var added = alter.Changes.OfType<AddColumn>().Select(a => after.FindColumn(a.Column.Name) ?? a.Column).ToArray();
        if (!added.All(c => CanAdd(after, c)) || Predict(alter, added) is not { } predicted)
        {
            return null;
        }
        var expected = SqliteExpectedSchema.Table(after);
        if (PhysicalSchemaComparer.Compare(new([expected], []), new([predicted], [])).Count > 0)
        {
            return null;
        }
        var table = SqliteSyntax.QuoteTable(after.Name);
        var statements = new List<string>();
        statements.AddRange(alter.Changes.OfType<DropIndex>().Select(d => SqliteTableRenderer.DropIndex(d.Index)));
        statements.AddRange(alter.Changes.OfType<RenameColumn>().Select(r =>
            $"ALTER TABLE {table} RENAME COLUMN {SqliteSyntax.QuoteIdentifier(r.From)} TO {SqliteSyntax.QuoteIdentifier(r.To)}"));
        statements.AddRange(added.Select(c => $"ALTER TABLE {table} ADD COLUMN {SqliteColumnRenderer.Definition(after, c)}"));
        statements.AddRange(alter.Changes.OfType<AddIndex>().Select(a => SqliteTableRenderer.CreateIndex(after.Name, a.Index)));
        return statements;
    }

    /// <summary>
    /// What ADD COLUMN accepts (https://www.sqlite.org/lang_altertable.html#altertabaddcol): no key, and a
    /// constant default, non-NULL when the column is NOT NULL. CHECK constraints are allowed.
    /// </summary>
    private static bool CanAdd(TableSchema table, ColumnSchema column)
    {
        if (table.IsPrimaryKey(column.Name) || column.Identity)
        {
            return false;
        }
        var value = SqliteDefaultRenderer.Render(column);
        if (value is { IsConstant: false })
        {
            return false;
        }
        return column.Nullable || value is { IsNull: false };
    }

    /// <summary>The table as it will be after the in-place statements, or null when that cannot be foretold.</summary>
    private static PhysicalTable? Predict(AlterTable alter, IReadOnlyList<ColumnSchema> added)
    {
        var table = SqliteExpectedSchema.Table(alter.Before);
        foreach (var rename in alter.Changes.OfType<RenameColumn>())
        {
            if (!table.Columns.Any(c => c.Name == rename.From) || table.Columns.Any(c => c.Name == rename.To)
                || table.Checks.Any(c => c.Expression is { } e && e.Contains(rename.From, StringComparison.OrdinalIgnoreCase)))
            {
                // SQLite rewrites the name inside CHECK expressions too; a rebuild writes them from the spec instead.
                return null;
            }
            string Rename(string column) => column == rename.From ? rename.To
                : column == rename.From + " desc" ? rename.To + " desc" : column;
            var self = alter.Before.Name.Flat;
            table = table with
            {
                Columns = table.Columns.Select(c => c with { Name = Rename(c.Name) }).ToArray(),
                PrimaryKey = table.PrimaryKey.Select(Rename).ToArray(),
                Indexes = table.Indexes.Select(i => i with { Columns = i.Columns.Select(Rename).ToArray() }).ToArray(),
                ForeignKeys = table.ForeignKeys.Select(k => k with
                {
                    Columns = k.Columns.Select(Rename).ToArray(),
                    RefColumns = k.RefTable == self ? k.RefColumns.Select(Rename).ToArray() : k.RefColumns,
                }).ToArray(),
            };
        }
        var dropped = alter.Changes.OfType<DropIndex>().Select(d => d.Index.Name).ToHashSet(StringComparer.Ordinal);
        return table with
        {
            Columns = table.Columns.Concat(added.Select(SqliteExpectedSchema.Column)).ToArray(),
            Indexes = table.Indexes.Where(i => !dropped.Contains(i.Name))
                .Concat(alter.Changes.OfType<AddIndex>().Select(a => SqliteExpectedSchema.Index(a.Index))).ToArray(),
            Checks = table.Checks.Concat(added.SelectMany(c => SqliteExpectedSchema.Checks(alter.After.Name, c))).ToArray(),
        };
    }
}
