using System.Text;

namespace Basalt.Sql.Sqlite.Rendering.TextSearch;

/// <summary>
/// A text search configuration as far as Basalt emulates one: PostgreSQL's default parser, simplified (words of
/// letters and digits; hyphenated words as the whole and each part; dotted names and decimal numbers kept whole),
/// then lower-casing, and for <c>english</c> (the default) its stop words and Porter2 stemming. Every other
/// configuration behaves as <c>simple</c> (lower-casing only).
/// </summary>
internal sealed class TextSearchConfig
{
    public static readonly TextSearchConfig English = new(english: true);
    public static readonly TextSearchConfig Simple = new(english: false);

    private readonly bool english;

    private TextSearchConfig(bool english) => this.english = english;

    public static TextSearchConfig For(string? name) => name is null or "english" ? English : Simple;

    /// <summary>Each token with its position (from 1); the lexeme is null for a stop word, which still takes its position.</summary>
    public List<(string? Lexeme, int Position)> Lexemes(string text)
    {
        var lexemes = new List<(string?, int)>();
        foreach (var token in Tokens(text))
        {
            lexemes.Add((Normalize(token), lexemes.Count + 1));
        }
        return lexemes;
    }

    private string? Normalize(string token)
    {
        var lower = token.ToLowerInvariant();
        if (!english || !lower.All(c => char.IsLetter(c) || c == '-'))
        {
            // Numbers, dotted names and words with digits go through PostgreSQL's simple dictionary in english too.
            return lower;
        }
        return EnglishStopWords.Contains(lower) ? null : EnglishStemmer.Stem(lower);
    }

    /// <summary>The default parser's tokens, simplified: a hyphenated word gives itself, then each part.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var parts = new List<string>();
            var part = new StringBuilder();
            var hyphenated = false;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    part.Append(c);
                    i++;
                }
                else if (c is '.' or '@' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && part.Length > 0 && !hyphenated)
                {
                    // x.com, 3.14, u.s.a, a@b.c: one token.
                    part.Append(c);
                    i++;
                }
                else if (c == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && part.Length > 0 && part.ToString().All(char.IsLetter))
                {
                    parts.Add(part.ToString());
                    part.Clear();
                    hyphenated = true;
                    i++;
                }
                else
                {
                    break;
                }
            }
            parts.Add(part.ToString());
            if (hyphenated)
            {
                yield return text[start..i];
            }
            foreach (var p in parts)
            {
                yield return p;
            }
        }
    }
}
