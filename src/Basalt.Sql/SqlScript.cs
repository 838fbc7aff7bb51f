using System.Text;

namespace Basalt.Sql;

/// <summary>
/// Splits a migration file into statements on top-level semicolons, respecting quotes, comments and
/// PostgreSQL dollar quoting, so that a hand-edited file runs statement by statement with progress.
/// </summary>
public static class SqlScript
{
    public static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (c == '-' && At(script, i, "--"))
            {
                var end = script.IndexOf('\n', i);
                i = end < 0 ? script.Length : end + 1;
                current.Append('\n');
                continue;
            }
            if (c == '/' && At(script, i, "/*"))
            {
                var end = script.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? script.Length : end + 2;
                current.Append(' ');
                continue;
            }
            if (c is '\'' or '"' or '`')
            {
                var end = i + 1;
                while (end < script.Length && !(script[end] == c && !At(script, end + 1, c.ToString())))
                {
                    end += script[end] == c ? 2 : 1;
                }
                current.Append(script, i, Math.Min(end + 1, script.Length) - i);
                i = end + 1;
                continue;
            }
            if (c == '$' && DollarTag(script, i) is { } tag)
            {
                var end = script.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
                var stop = end < 0 ? script.Length : end + tag.Length;
                current.Append(script, i, stop - i);
                i = stop;
                continue;
            }
            if (c == ';')
            {
                Flush(current, statements);
                i++;
                continue;
            }
            current.Append(c);
            i++;
        }
        Flush(current, statements);
        return statements;
    }

    private static void Flush(StringBuilder current, List<string> statements)
    {
        var text = current.ToString().Trim();
        if (text.Length > 0)
        {
            statements.Add(text);
        }
        current.Clear();
    }

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;

    private static string? DollarTag(string s, int i)
    {
        var j = i + 1;
        while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] == '_'))
        {
            j++;
        }
        return j < s.Length && s[j] == '$' && (j == i + 1 || !char.IsDigit(s[i + 1])) ? s[i..(j + 1)] : null;
    }
}
