namespace Basalt.Sql.Sqlite;

/// <summary>A foreign key or unique constraint as the CREATE TABLE text names it, by its own columns.</summary>
internal sealed record SqliteNamedKey(string? Name, IReadOnlyList<string> Columns);
