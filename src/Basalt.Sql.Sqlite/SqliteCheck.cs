namespace Basalt.Sql.Sqlite;

/// <summary>One named CHECK constraint: <c>CONSTRAINT "{Name}" CHECK ({Expression})</c>.</summary>
internal sealed record SqliteCheck(string Name, string Expression);
