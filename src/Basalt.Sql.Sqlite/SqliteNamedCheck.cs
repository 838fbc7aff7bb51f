namespace Basalt.Sql.Sqlite;

/// <param name="Expression">The check's body, normalised by <see cref="SqliteTokenizer.Normalize(string)"/>.</param>
internal sealed record SqliteNamedCheck(string? Name, string Expression);
