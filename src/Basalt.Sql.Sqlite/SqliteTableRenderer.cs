using System.Text;
using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;

namespace Basalt.Sql.Sqlite;

/// <summary>Renders CREATE TABLE (STRICT, every constraint named) and CREATE INDEX statements.</summary>
internal static class SqliteTableRenderer
{
    /// <param name="physicalName">The name to create it under; a rebuild creates the new table beside the old one.</param>
    public static string CreateTable(TableSchema table, string? physicalName = null)
    {
        var lines = table.Columns.Select(c => SqliteColumnRenderer.Definition(table, c)).ToList();
        var rowid = table.Columns.Any(c => SqliteColumnRenderer.IsAutoIncrement(table, c));
        if (table.PrimaryKey.Count > 0 && !rowid)
        {
            lines.Add($"CONSTRAINT {Q(ConstraintNames.PrimaryKey(table.Name))} PRIMARY KEY {SqliteSyntax.ColumnList(table.PrimaryKey)}");
        }
        lines.AddRange(table.Uniques.Select(u => $"CONSTRAINT {Q(u.Name)} UNIQUE {SqliteSyntax.ColumnList(u.Columns)}"));
        lines.AddRange(table.ForeignKeys.Select(ForeignKey));
        var sql = new StringBuilder();
        sql.Append("CREATE TABLE ").Append(physicalName is null ? SqliteSyntax.QuoteTable(table.Name) : Q(physicalName)).Append(" (\n    ");
        sql.AppendJoin(",\n    ", lines);
        sql.Append("\n) STRICT");
        return sql.ToString();
    }

    public static IEnumerable<string> CreateIndexes(TableSchema table) => table.Indexes.Select(i => CreateIndex(table.Name, i));

    public static string CreateIndex(TableName table, IndexSchema index)
    {
        // A full-text index is a plain index over its columns for now; FTS5 comes with the REST issue's fts filters.
        var columns = index.Columns.Select(c => Q(c.Name) + (c.Descending ? " DESC" : ""));
        return $"CREATE {(index.Unique ? "UNIQUE " : "")}INDEX {Q(index.Name)} ON {SqliteSyntax.QuoteTable(table)} ({string.Join(", ", columns)})";
    }

    public static string DropIndex(IndexSchema index) => $"DROP INDEX {Q(index.Name)}";

    public static string OnDelete(ReferentialAction action) => action switch
    {
        ReferentialAction.Cascade => "CASCADE",
        ReferentialAction.Restrict => "RESTRICT",
        ReferentialAction.SetNull => "SET NULL",
        ReferentialAction.SetDefault => "SET DEFAULT",
        _ => "NO ACTION",
    };

    private static string ForeignKey(ForeignKey key)
    {
        var references = SqliteSyntax.QuoteTable(key.RefTable) + (key.RefColumns.Count == 0 ? "" : " " + SqliteSyntax.ColumnList(key.RefColumns));
        return $"CONSTRAINT {Q(key.Name)} FOREIGN KEY {SqliteSyntax.ColumnList(key.Columns)} REFERENCES {references} ON DELETE {OnDelete(key.OnDelete)}";
    }

    private static string Q(string identifier) => SqliteSyntax.QuoteIdentifier(identifier);
}
