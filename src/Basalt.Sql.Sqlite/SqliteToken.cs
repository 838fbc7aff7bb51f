namespace Basalt.Sql.Sqlite;

/// <summary>One token of SQL text: its kind and its text as written.</summary>
internal readonly record struct SqliteToken(SqliteTokenKind Kind, string Text)
{
    public bool IsWord(string keyword) => Kind == SqliteTokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsIdentifier => Kind is SqliteTokenKind.Word or SqliteTokenKind.QuotedIdentifier or SqliteTokenKind.String;

    /// <summary>The identifier a token names, with its quotes removed and doubled quotes undoubled.</summary>
    public string Unquoted => Text.Length < 2 ? Text : Kind switch
    {
        SqliteTokenKind.QuotedIdentifier when Text[0] == '[' => Text[1..^1],
        SqliteTokenKind.QuotedIdentifier or SqliteTokenKind.String => Text[1..^1].Replace(new string(Text[0], 2), Text[0].ToString(), StringComparison.Ordinal),
        _ => Text,
    };
}
