using System.Globalization;
using System.Text;

namespace Basalt.Sql.Sqlite.Rendering.TextSearch;

/// <summary>
/// The four ways PostgREST turns text into a tsquery: <c>to_tsquery</c> (fts: operators &amp; | ! &lt;-&gt; &lt;N&gt;,
/// parentheses, quoted operands, <c>:*</c> prefixes), <c>plainto_tsquery</c> (plfts: every word), <c>phraseto_tsquery</c>
/// (phfts: the words in order) and <c>websearch_to_tsquery</c> (wfts: "quoted phrases", <c>or</c>, <c>-not</c>).
/// Unlike PostgreSQL, a malformed to_tsquery is read leniently (adjacent operands are joined by &amp;) instead of refused.
/// </summary>
internal static class TextQueryParser
{
    public static TextQuery? Parse(string query, string mode, TextSearchConfig config) => mode switch
    {
        "plfts" => config.Lexemes(query).Select(l => l.Lexeme is null ? null : (TextQuery)new TermQuery(l.Lexeme, false)).Aggregate((TextQuery?)null, TextQuery.And),
        "phfts" => PhraseOf(query, config, prefix: false),
        "wfts" => WebSearch(query, config),
        _ => new ToTsQuery(query, config).Parse(),
    };

    /// <summary>The words of a text in order, each the distance of its position from the previous one.</summary>
    public static TextQuery? PhraseOf(string text, TextSearchConfig config, bool prefix)
    {
        var lexemes = config.Lexemes(text);
        return TextQuery.Phrase(lexemes.Select((l, i) =>
            (l.Lexeme is null ? null : (TextQuery?)new TermQuery(l.Lexeme, prefix), i == 0 ? 0 : l.Position - lexemes[i - 1].Position)));
    }

    private static TextQuery? WebSearch(string query, TextSearchConfig config)
    {
        TextQuery? result = null;
        TextQuery? clause = null;
        var i = 0;
        var orPending = false;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i]))
            {
                i++;
                continue;
            }
            var negated = query[i] == '-';
            if (negated)
            {
                i++;
            }
            TextQuery? item;
            if (i < query.Length && query[i] == '"')
            {
                var end = query.IndexOf('"', i + 1);
                var phrase = end < 0 ? query[(i + 1)..] : query[(i + 1)..end];
                i = end < 0 ? query.Length : end + 1;
                item = PhraseOf(phrase, config, prefix: false);
            }
            else
            {
                var start = i;
                while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '"')
                {
                    i++;
                }
                var word = query[start..i];
                if (!negated && word.Equals("or", StringComparison.OrdinalIgnoreCase))
                {
                    orPending = clause is not null;
                    continue;
                }
                item = PhraseOf(word, config, prefix: false);
            }
            if (negated)
            {
                item = TextQuery.Not(item);
            }
            if (item is null)
            {
                continue;
            }
            if (orPending)
            {
                result = TextQuery.Or(result, clause);
                clause = null;
                orPending = false;
            }
            clause = TextQuery.And(clause, item);
        }
        return TextQuery.Or(result, clause);
    }

    /// <summary>A recursive-descent reader of to_tsquery's syntax: ! binds tightest, then &lt;N&gt;, then &amp;, then |.</summary>
    private sealed class ToTsQuery(string text, TextSearchConfig config)
    {
        private int position;

        public TextQuery? Parse()
        {
            TextQuery? result = null;
            while (!AtEnd)
            {
                // Anything left after a complete expression (a stray ')' or an operand) is joined by &.
                result = TextQuery.And(result, Or());
                if (!AtEnd && Peek == ')')
                {
                    position++;
                }
            }
            return result;
        }

        private bool AtEnd
        {
            get
            {
                while (position < text.Length && char.IsWhiteSpace(text[position]))
                {
                    position++;
                }
                return position >= text.Length;
            }
        }

        private char Peek => text[position];

        private TextQuery? Or()
        {
            var left = And();
            while (!AtEnd && Peek == '|')
            {
                position++;
                left = TextQuery.Or(left, And());
            }
            return left;
        }

        private TextQuery? And()
        {
            var left = Phrase();
            while (!AtEnd && (Peek == '&' || IsOperandStart(Peek)))
            {
                if (Peek == '&')
                {
                    position++;
                }
                left = TextQuery.And(left, Phrase());
            }
            return left;
        }

        private TextQuery? Phrase()
        {
            var items = new List<(TextQuery?, int)> { (Unary(), 0) };
            while (!AtEnd && Peek == '<' && Distance() is { } distance)
            {
                items.Add((Unary(), distance));
            }
            return TextQuery.Phrase(items);
        }

        /// <summary><c>&lt;-&gt;</c> is 1, <c>&lt;N&gt;</c> is N; null (nothing consumed) for anything else.</summary>
        private int? Distance()
        {
            var close = text.IndexOf('>', position);
            if (close < 0)
            {
                return null;
            }
            var inside = text[(position + 1)..close];
            int? distance = inside == "-" ? 1 : int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            if (distance is not null)
            {
                position = close + 1;
            }
            return distance;
        }

        private TextQuery? Unary()
        {
            if (AtEnd)
            {
                return null;
            }
            switch (Peek)
            {
                case '!':
                    position++;
                    return TextQuery.Not(Unary());
                case '(':
                    position++;
                    var inner = Or();
                    if (!AtEnd && Peek == ')')
                    {
                        position++;
                    }
                    return inner;
                default:
                    return Operand();
            }
        }

        private static bool IsOperandStart(char c) => c is not ('|' or '&' or '<' or ')' or ':');

        private TextQuery? Operand()
        {
            var word = new StringBuilder();
            if (Peek == '\'')
            {
                position++;
                while (position < text.Length)
                {
                    if (text[position] == '\'' && (position + 1 >= text.Length || text[position + 1] != '\''))
                    {
                        position++;
                        break;
                    }
                    position += text[position] == '\'' ? 2 : 1;
                    word.Append(text[position - 1]);
                }
            }
            else
            {
                while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] is not ('&' or '|' or '!' or '(' or ')' or '<' or ':'))
                {
                    word.Append(text[position++]);
                }
            }
            var prefix = false;
            if (position < text.Length && text[position] == ':')
            {
                // :* is a prefix match; weights (:A, :B…) do not apply to a text column's vector.
                position++;
                while (position < text.Length && text[position] is '*' or 'a' or 'b' or 'c' or 'd' or 'A' or 'B' or 'C' or 'D')
                {
                    prefix |= text[position] == '*';
                    position++;
                }
            }
            if (word.Length == 0)
            {
                position = Math.Min(position + 1, text.Length);
                return null;
            }
            return PhraseOf(word.ToString(), config, prefix);
        }
    }
}
