using System.Text;

namespace Basalt.Spec.Policies;

/// <summary>
/// SQL <c>like</c> with PostgreSQL's defaults: case-sensitive, <c>%</c> any run of characters, <c>_</c> exactly
/// one character (a code point), and <c>\</c> the escape character (so <c>\%</c> is a literal <c>%</c>). A
/// pattern ending in a lone <c>\</c> is an error there and here. SQLite's <c>like</c> differs (no escape unless
/// <c>ESCAPE</c>, ASCII case-insensitive): the SQL compiler must render this meaning on both engines.
/// </summary>
internal static class PolicyLikeMatcher
{
    public static bool Matches(string value, string pattern)
    {
        var text = value.EnumerateRunes().ToArray();
        var tokens = Compile(pattern);
        // Classic wildcard matching over code points, with backtracking to the last '%'.
        int t = 0, p = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < tokens.Count && tokens[p] is { } single && (single.Kind == '_' || (single.Kind == 'c' && single.Rune == text[t])))
            {
                t++;
                p++;
            }
            else if (p < tokens.Count && tokens[p].Kind == '%')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (p < tokens.Count && tokens[p].Kind == '%')
        {
            p++;
        }
        return p == tokens.Count;
    }

    /// <summary>True when <paramref name="pattern"/> ends in an escape with nothing to escape.</summary>
    public static bool EndsWithLoneEscape(string pattern)
    {
        var escaped = false;
        foreach (var c in pattern)
        {
            escaped = !escaped && c == '\\';
        }
        return escaped;
    }

    private static List<(char Kind, Rune Rune)> Compile(string pattern)
    {
        if (EndsWithLoneEscape(pattern))
        {
            throw new FormatException("a like pattern must not end with the escape character '\\'");
        }
        var tokens = new List<(char, Rune)>();
        var escaped = false;
        foreach (var rune in pattern.EnumerateRunes())
        {
            if (escaped)
            {
                tokens.Add(('c', rune));
                escaped = false;
            }
            else if (rune.Value == '\\')
            {
                escaped = true;
            }
            else
            {
                tokens.Add(rune.Value switch { '%' => ('%', rune), '_' => ('_', rune), _ => ('c', rune) });
            }
        }
        return tokens;
    }
}
