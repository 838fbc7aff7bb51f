namespace Basalt.Sql.Sqlite;

/// <summary>
/// Reads constraint names and CHECK bodies back from the CREATE TABLE text SQLite keeps in <c>sqlite_schema</c>,
/// column constraints and table constraints alike (ALTER TABLE ADD COLUMN appends a column with its checks).
/// </summary>
internal static class SqliteCreateTableParser
{
    public static SqliteTableDefinition Parse(string createTable)
    {
        var tokens = SqliteTokenizer.Tokenize(createTable);
        var result = new Builder();
        var open = tokens.FindIndex(t => t.Kind == SqliteTokenKind.Open);
        if (open < 0)
        {
            return result.Build();
        }
        var close = SqliteTokenizer.MatchingClose(tokens, open);
        var start = open + 1;
        var depth = 0;
        for (var i = open + 1; i < close; i++)
        {
            depth += tokens[i].Kind switch { SqliteTokenKind.Open => 1, SqliteTokenKind.Close => -1, _ => 0 };
            if (depth == 0 && tokens[i].Kind == SqliteTokenKind.Comma)
            {
                ReadDefinition(tokens[start..i], result);
                start = i + 1;
            }
        }
        ReadDefinition(tokens[start..Math.Min(close, tokens.Count)], result);
        return result.Build();
    }

    /// <summary>One column definition or table constraint: everything between two top-level commas.</summary>
    private static void ReadDefinition(List<SqliteToken> tokens, Builder result)
    {
        if (tokens.Count == 0)
        {
            return;
        }
        var first = tokens[0];
        var isTableConstraint = first.IsWord("CONSTRAINT") || first.IsWord("PRIMARY") || first.IsWord("UNIQUE") || first.IsWord("CHECK") || first.IsWord("FOREIGN");
        string? column = isTableConstraint ? null : first.Unquoted;
        string? name = null;
        var referencesAlreadyRead = false;
        var i = isTableConstraint ? 0 : 1;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Kind == SqliteTokenKind.Open)
            {
                // A type's arguments, a DEFAULT expression, a REFERENCES column list: nothing named inside.
                i = SqliteTokenizer.MatchingClose(tokens, i) + 1;
                continue;
            }
            if (token.Kind != SqliteTokenKind.Word)
            {
                i++;
                continue;
            }
            var keyword = token.Text.ToUpperInvariant();
            if (keyword == "CONSTRAINT" && i + 1 < tokens.Count)
            {
                name = tokens[i + 1].Unquoted;
                i += 2;
                continue;
            }
            if (keyword == "CHECK" && NextIsOpen(tokens, i))
            {
                var close = SqliteTokenizer.MatchingClose(tokens, i + 1);
                result.Checks.Add(new(name, SqliteTokenizer.Normalize(tokens[(i + 2)..Math.Min(close, tokens.Count)])));
                name = null;
                i = close + 1;
                continue;
            }
            if (keyword == "FOREIGN" && i + 1 < tokens.Count && tokens[i + 1].IsWord("KEY") && NextIsOpen(tokens, i + 1))
            {
                var close = SqliteTokenizer.MatchingClose(tokens, i + 2);
                result.ForeignKeys.Add(new(name, Columns(tokens, i + 2, close)));
                name = null;
                referencesAlreadyRead = true;
                i = close + 1;
                continue;
            }
            if (keyword == "REFERENCES")
            {
                if (!referencesAlreadyRead && column is not null)
                {
                    result.ForeignKeys.Add(new(name, [column]));
                }
                referencesAlreadyRead = false;
                name = null;
            }
            else if (keyword == "UNIQUE")
            {
                if (NextIsOpen(tokens, i))
                {
                    var close = SqliteTokenizer.MatchingClose(tokens, i + 1);
                    result.Uniques.Add(new(name, Columns(tokens, i + 1, close)));
                    name = null;
                    i = close + 1;
                    continue;
                }
                if (column is not null)
                {
                    result.Uniques.Add(new(name, [column]));
                }
                name = null;
            }
            else if (keyword is "PRIMARY" or "NOT" or "NULL" or "DEFAULT" or "COLLATE" or "GENERATED" or "AS")
            {
                // A named constraint of a kind whose name nothing reports; the name is spent.
                name = null;
            }
            i++;
        }
    }

    private static bool NextIsOpen(List<SqliteToken> tokens, int i) => i + 1 < tokens.Count && tokens[i + 1].Kind == SqliteTokenKind.Open;

    /// <summary>The first identifier of each comma-separated item between the parentheses at <paramref name="open"/> and <paramref name="close"/>.</summary>
    private static List<string> Columns(List<SqliteToken> tokens, int open, int close)
    {
        var columns = new List<string>();
        var expectName = true;
        var depth = 0;
        for (var i = open + 1; i < Math.Min(close, tokens.Count); i++)
        {
            var token = tokens[i];
            depth += token.Kind switch { SqliteTokenKind.Open => 1, SqliteTokenKind.Close => -1, _ => 0 };
            if (depth == 0 && token.Kind == SqliteTokenKind.Comma)
            {
                expectName = true;
            }
            else if (expectName && depth == 0 && token.IsIdentifier)
            {
                columns.Add(token.Unquoted);
                expectName = false;
            }
        }
        return columns;
    }

    private sealed class Builder
    {
        public List<SqliteNamedCheck> Checks { get; } = [];

        public List<SqliteNamedKey> ForeignKeys { get; } = [];

        public List<SqliteNamedKey> Uniques { get; } = [];

        public SqliteTableDefinition Build() => new(Checks, ForeignKeys, Uniques);
    }
}
