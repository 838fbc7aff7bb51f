using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Basalt.Sql.Sqlite.Rendering;

/// <summary>
/// PostgreSQL LIKE patterns (<c>%</c>, <c>_</c>, backslash escapes the next character) in the forms SQLite can run:
/// a GLOB for the case-sensitive <c>like</c>, a .NET regex for <c>ilike</c>, whose case folding is Unicode's (SQLite's
/// own LIKE folds ASCII only).
/// </summary>
internal static class SqlitePatterns
{
    private const int CacheLimit = 512;
    private static readonly ConcurrentDictionary<string, Regex> InsensitiveCache = new(StringComparer.Ordinal);

    public static string LikeToGlob(string like)
    {
        var glob = new StringBuilder(like.Length + 8);
        for (var i = 0; i < like.Length; i++)
        {
            var c = like[i];
            if (c == '\\' && i + 1 < like.Length)
            {
                AppendLiteral(glob, like[++i]);
            }
            else if (c == '%')
            {
                glob.Append('*');
            }
            else if (c == '_')
            {
                glob.Append('?');
            }
            else
            {
                AppendLiteral(glob, c);
            }
        }
        return glob.ToString();
    }

    /// <summary><c>value ILIKE pattern</c>; NULL in, NULL out.</summary>
    public static bool? ILike(string? value, string? pattern)
    {
        if (value is null || pattern is null)
        {
            return null;
        }
        if (!InsensitiveCache.TryGetValue(pattern, out var regex))
        {
            if (InsensitiveCache.Count >= CacheLimit)
            {
                InsensitiveCache.Clear();
            }
            regex = InsensitiveCache.GetOrAdd(pattern, p => new Regex(LikeToRegex(p),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, SqliteFunctions.MatchTimeout));
        }
        return regex.IsMatch(value);
    }

    private static string LikeToRegex(string like)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < like.Length; i++)
        {
            var c = like[i];
            if (c == '\\' && i + 1 < like.Length)
            {
                regex.Append(Regex.Escape(like[++i].ToString()));
            }
            else if (c == '%')
            {
                regex.Append(".*");
            }
            else if (c == '_')
            {
                regex.Append('.');
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }
        return regex.Append('$').ToString();
    }

    /// <summary>GLOB's own wildcards, taken literally inside a one-character class.</summary>
    private static void AppendLiteral(StringBuilder glob, char c) => glob.Append(c switch
    {
        '*' => "[*]",
        '?' => "[?]",
        '[' => "[[]",
        _ => c.ToString(),
    });
}
