namespace Basalt.Sql.Sqlite;

/// <summary>What a <see cref="SqliteToken"/> is; keywords are words, told apart by their text.</summary>
internal enum SqliteTokenKind
{
    Word,
    QuotedIdentifier,
    String,
    Blob,
    Number,
    Open,
    Close,
    Comma,
    Symbol,
}
