using System.Text;

namespace Basalt.Sql.Sqlite;

/// <summary>
/// Splits SQL into tokens, respecting quotes and skipping comments. Enough of SQLite's lexer to read back
/// constraint names from a stored CREATE TABLE and to compare CHECK expressions regardless of layout.
/// </summary>
internal static class SqliteTokenizer
{
    private static readonly string[] Operators = ["->>", "->", "||", "<=", ">=", "<>", "!=", "==", "<<", ">>"];

    public static List<SqliteToken> Tokenize(string sql)
    {
        var tokens = new List<SqliteToken>();
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '-' && At(sql, i, "--"))
            {
                var end = sql.IndexOf('\n', i);
                i = end < 0 ? sql.Length : end + 1;
            }
            else if (c == '/' && At(sql, i, "/*"))
            {
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? sql.Length : end + 2;
            }
            else if (c is '\'' or '"' or '`')
            {
                var end = Quoted(sql, i, c);
                tokens.Add(new(c == '\'' ? SqliteTokenKind.String : SqliteTokenKind.QuotedIdentifier, sql[i..end]));
                i = end;
            }
            else if (c == '[')
            {
                var end = sql.IndexOf(']', i);
                end = end < 0 ? sql.Length : end + 1;
                tokens.Add(new(SqliteTokenKind.QuotedIdentifier, sql[i..end]));
                i = end;
            }
            else if (c is 'x' or 'X' && At(sql, i + 1, "'"))
            {
                var end = Quoted(sql, i + 1, '\'');
                tokens.Add(new(SqliteTokenKind.Blob, sql[i..end]));
                i = end;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < sql.Length && char.IsAsciiDigit(sql[i + 1])))
            {
                var end = i + 1;
                while (end < sql.Length && (char.IsAsciiLetterOrDigit(sql[end]) || sql[end] is '.' or '_'
                    || (sql[end] is '+' or '-' && sql[end - 1] is 'e' or 'E' && !sql[i..end].StartsWith("0x", StringComparison.OrdinalIgnoreCase))))
                {
                    end++;
                }
                tokens.Add(new(SqliteTokenKind.Number, sql[i..end]));
                i = end;
            }
            else if (char.IsLetter(c) || c is '_' || c > 127)
            {
                var end = i + 1;
                while (end < sql.Length && (char.IsLetterOrDigit(sql[end]) || sql[end] is '_' or '$' || sql[end] > 127))
                {
                    end++;
                }
                tokens.Add(new(SqliteTokenKind.Word, sql[i..end]));
                i = end;
            }
            else
            {
                var kind = c switch { '(' => SqliteTokenKind.Open, ')' => SqliteTokenKind.Close, ',' => SqliteTokenKind.Comma, _ => SqliteTokenKind.Symbol };
                var op = kind == SqliteTokenKind.Symbol ? Operators.FirstOrDefault(o => At(sql, i, o)) ?? c.ToString() : c.ToString();
                tokens.Add(new(kind, op));
                i += op.Length;
            }
        }
        return tokens;
    }

    /// <summary>The tokens joined by single spaces, none inside parentheses or before a comma: one text per expression, however it was laid out.</summary>
    public static string Normalize(IEnumerable<SqliteToken> tokens)
    {
        var text = new StringBuilder();
        SqliteToken? previous = null;
        foreach (var token in tokens)
        {
            if (previous is { } p && p.Kind != SqliteTokenKind.Open && token.Kind is not (SqliteTokenKind.Close or SqliteTokenKind.Comma))
            {
                text.Append(' ');
            }
            text.Append(token.Text);
            previous = token;
        }
        return text.ToString();
    }

    public static string Normalize(string sql) => Normalize(Tokenize(sql));

    /// <summary>The index of the <see cref="SqliteTokenKind.Close"/> that matches the Open at <paramref name="open"/> (or the end).</summary>
    public static int MatchingClose(IReadOnlyList<SqliteToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            depth += tokens[i].Kind switch { SqliteTokenKind.Open => 1, SqliteTokenKind.Close => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }
        return tokens.Count;
    }

    /// <summary>The end (exclusive) of a quoted run starting at <paramref name="start"/>; a doubled quote stays inside.</summary>
    private static int Quoted(string sql, int start, char quote)
    {
        var i = start + 1;
        while (i < sql.Length)
        {
            if (sql[i] == quote)
            {
                if (i + 1 < sql.Length && sql[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.Length;
    }

    private static bool At(string s, int i, string token) => i < s.Length && string.CompareOrdinal(s, i, token, 0, token.Length) == 0;
}
