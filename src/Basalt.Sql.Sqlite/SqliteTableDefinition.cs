namespace Basalt.Sql.Sqlite;

/// <summary>
/// What only the text of a stored CREATE TABLE tells: the names of its constraints (SQLite's pragmas report
/// foreign keys and unique indexes without them) and its CHECK expressions. A null name is an unnamed constraint.
/// </summary>
internal sealed record SqliteTableDefinition(
    IReadOnlyList<SqliteNamedCheck> Checks,
    IReadOnlyList<SqliteNamedKey> ForeignKeys,
    IReadOnlyList<SqliteNamedKey> Uniques);
