using Basalt.Sql.Ddl;

namespace Basalt.Sql.Sqlite;

/// <summary>
/// SQLite's documented way to make any change to a table (https://www.sqlite.org/lang_altertable.html#otheralter):
/// create the new table under a temporary name, copy the rows, drop the old table, rename the new one, and
/// recreate the indexes. Foreign keys must be off meanwhile, or dropping the old table would cascade into its
/// children; <see cref="SqliteMigrationRenderer"/> guards that, and the migration checks every key before commit.
/// </summary>
internal static class SqliteTableRebuild
{
    public const string NewTablePrefix = "_basalt_new_";

    public static IEnumerable<string> Render(AlterTable alter)
    {
        var before = alter.Before;
        var after = alter.After;
        var oldTable = SqliteSyntax.QuoteTable(before.Name);
        var newName = NewTablePrefix + after.Name.Flat;
        var newTable = SqliteSyntax.QuoteIdentifier(newName);
        // Self-references in the new table name the final table, which the rename below makes true.
        yield return SqliteTableRenderer.CreateTable(after, newName);
        var kept = alter.KeptColumns();
        if (kept.Count > 0)
        {
            // A new NOT NULL column without a default is not copied into, so rows make this fail: that is the
            // intended clear failure, since there is no value to give them.
            var targets = string.Join(", ", kept.Values.Select(SqliteSyntax.QuoteIdentifier));
            var sources = string.Join(", ", kept.Select(k => SqliteTypeConversion.CopyExpression(before.Column(k.Key), after.Column(k.Value))));
            yield return $"INSERT INTO {newTable} ({targets}) SELECT {sources} FROM {oldTable}";
        }
        if (after.Columns.Any(c => SqliteColumnRenderer.IsAutoIncrement(after, c)))
        {
            // AUTOINCREMENT never reuses an id: the new table's sequence starts where the old one stopped, even
            // when the highest ids were deleted. The rename below carries the sqlite_sequence row along.
            var newLiteral = SqliteSyntax.QuoteLiteral(newName);
            yield return $"INSERT INTO sqlite_sequence (name, seq) SELECT {newLiteral}, 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = {newLiteral})";
            yield return $"UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT max(seq) FROM sqlite_sequence WHERE name = {SqliteSyntax.QuoteLiteral(before.Name.Flat)}), 0)) WHERE name = {newLiteral}";
        }
        yield return $"DROP TABLE {oldTable}";
        yield return $"ALTER TABLE {newTable} RENAME TO {SqliteSyntax.QuoteTable(after.Name)}";
        foreach (var index in SqliteTableRenderer.CreateIndexes(after))
        {
            yield return index;
        }
    }
}
