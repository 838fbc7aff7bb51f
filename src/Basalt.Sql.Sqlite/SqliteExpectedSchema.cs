using Basalt.Spec.Schema;
using Basalt.Sql.Introspection;

namespace Basalt.Sql.Sqlite;

/// <summary>
/// The shape <see cref="SqliteIntrospector"/> must find once a schema is migrated, built from the same
/// renderers the DDL comes from, so the two sides agree by construction and differ only by real drift.
/// </summary>
internal static class SqliteExpectedSchema
{
    public static PhysicalSchema Build(DatabaseSchema schema) => new(schema.Tables.Select(Table).ToArray(), []);

    public static PhysicalTable Table(TableSchema table)
    {
        var columns = table.Columns.Select(Column).ToArray();
        // Unique constraints live in automatic indexes; the introspector names those after their constraint.
        var indexes = table.Indexes.Select(Index)
            .Concat(table.Uniques.Select(u => new PhysicalIndex(u.Name, u.Columns, Unique: true)))
            .ToArray();
        var keys = table.ForeignKeys.Select(k => new PhysicalForeignKey(
            k.Name, k.Columns, k.RefTable.Flat, k.RefColumns, OnDelete(SqliteTableRenderer.OnDelete(k.OnDelete)))).ToArray();
        var checks = table.Columns.SelectMany(c => Checks(table.Name, c)).ToArray();
        return new PhysicalTable(table.Name.Flat, columns, table.PrimaryKey, indexes, keys, checks);
    }

    public static PhysicalColumn Column(ColumnSchema column) => new(
        column.Name, SqliteTypeMapper.StoreType(column.Type).ToLowerInvariant(), !column.Nullable, SqliteDefaultRenderer.Render(column)?.Expression);

    public static IEnumerable<PhysicalCheck> Checks(TableName table, ColumnSchema column) =>
        SqliteColumnRenderer.Checks(table, column).Select(c => new PhysicalCheck(c.Name, SqliteTokenizer.Normalize(c.Expression)));

    public static PhysicalIndex Index(IndexSchema index) =>
        new(index.Name, index.Columns.Select(c => c.Descending ? c.Name + " desc" : c.Name).ToArray(), index.Unique);

    /// <summary>The action as both sides report it: lower case, as <c>pragma_foreign_key_list</c> spells it otherwise.</summary>
    public static string OnDelete(string action) => action.ToLowerInvariant();
}
