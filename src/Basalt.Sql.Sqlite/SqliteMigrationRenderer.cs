using Basalt.Sql.Ddl;

namespace Basalt.Sql.Sqlite;

/// <summary>Turns migration operations into SQLite statements: CREATE/DROP TABLE, in-place ALTERs, or table rebuilds.</summary>
internal static class SqliteMigrationRenderer
{
    private const string GuardTable = "temp.\"_basalt_foreign_keys_off\"";

    /// <summary>
    /// With foreign keys on, DROP TABLE deletes every row first, which cascades into child tables. The
    /// migration runner turns them off before its transaction (<see cref="SqliteMigrationHooks"/>); these
    /// statements make a script run any other way stop with a message instead of deleting children.
    /// </summary>
    private static readonly string[] ForeignKeysOffGuard =
    [
        $"CREATE TEMP TABLE IF NOT EXISTS {GuardTable} (\"foreign_keys\" INTEGER CONSTRAINT \"foreign keys must be off while tables are dropped or rebuilt: run PRAGMA foreign_keys=OFF before BEGIN\" CHECK (\"foreign_keys\" = 0))",
        $"INSERT INTO {GuardTable} SELECT foreign_keys FROM pragma_foreign_keys",
        $"DROP TABLE {GuardTable}",
    ];

    public static IReadOnlyList<string> Render(IReadOnlyList<SchemaOperation> operations)
    {
        var statements = new List<string>();
        var dropsTables = false;
        foreach (var operation in operations)
        {
            switch (operation)
            {
                case CreateTable create:
                    statements.Add(SqliteTableRenderer.CreateTable(create.Schema));
                    statements.AddRange(SqliteTableRenderer.CreateIndexes(create.Schema));
                    break;
                case DropTable drop:
                    // Its indexes go with it.
                    dropsTables = true;
                    statements.Add($"DROP TABLE {SqliteSyntax.QuoteTable(drop.Schema.Name)}");
                    break;
                case AlterTable alter when alter.Changes.Count == 0:
                    break;
                case AlterTable alter:
                    if (SqliteAlterFastPath.TryRender(alter) is { } inPlace)
                    {
                        statements.AddRange(inPlace);
                    }
                    else
                    {
                        dropsTables = true;
                        statements.AddRange(SqliteTableRebuild.Render(alter));
                    }
                    break;
                default:
                    throw new NotSupportedException($"the SQLite dialect cannot render {operation.GetType().Name}");
            }
        }
        return dropsTables ? [.. ForeignKeysOffGuard, .. statements] : statements;
    }
}
