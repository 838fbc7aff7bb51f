namespace Basalt.Sql.Sqlite;

/// <summary>
/// A column default as SQLite sees it. <see cref="Expression"/> is what <c>pragma_table_xinfo.dflt_value</c>
/// reports; a non-constant one is written in parentheses, which ALTER TABLE ADD COLUMN refuses.
/// </summary>
internal sealed record SqliteDefault(string Expression, bool IsConstant)
{
    public string Clause => IsConstant ? $"DEFAULT {Expression}" : $"DEFAULT ({Expression})";

    public bool IsNull => IsConstant && Expression == "NULL";
}
