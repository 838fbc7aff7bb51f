using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;

namespace Basalt.Spec.Loading.Sections;

/// <summary>
/// A light check of a column's <c>check</c> expression before any database sees it: balanced parentheses and
/// quotes, no <c>;</c>, and every bare word a column of the table or an allowed keyword or function. It is not a
/// parser; it catches typos and keeps statements out of DDL. The first problem is reported.
/// </summary>
internal static class CheckExpressionValidator
{
    private static readonly string[] Keywords =
    [
        "and", "or", "not", "in", "is", "null", "true", "false", "like", "ilike", "between",
        "length", "char_length", "lower", "upper", "trim", "abs", "coalesce", "now",
    ];

    public static void Validate(LoadContext context, SpecScalar check, string path, IReadOnlyList<string> columns)
    {
        if (FirstProblem(check.Value, columns) is { } problem)
        {
            context.Error(check, path, problem);
        }
    }

    internal static string? FirstProblem(string text, IReadOnlyList<string> columns)
    {
        var depth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ';')
            {
                return "a check cannot contain ';'";
            }
            if (c is '\'' or '"')
            {
                var end = SqlQuotes.ClosingQuote(text, i);
                if (end < 0)
                {
                    return c == '\'' ? "unterminated string in check: a ' is not closed" : "unterminated quoted name in check: a \" is not closed";
                }
                if (c == '"' && Unknown(text[(i + 1)..end], columns, quoted: true) is { } quotedProblem)
                {
                    return quotedProblem;
                }
                i = end + 1;
                continue;
            }
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth < 0)
            {
                return $"unbalanced parentheses in check: the ')' at position {i + 1} has no matching '('";
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }
                if (Unknown(text[start..i], columns, quoted: false) is { } problem)
                {
                    return problem;
                }
                continue;
            }
            else if (char.IsAsciiDigit(c))
            {
                // A number, including 1.5 and 1e10: its letters are not identifiers.
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '_'))
                {
                    i++;
                }
                continue;
            }
            i++;
        }
        return depth > 0 ? $"unbalanced parentheses in check: {depth} '(' not closed" : null;
    }

    private static string? Unknown(string word, IReadOnlyList<string> columns, bool quoted)
    {
        // Unquoted names fold to lowercase on PostgreSQL; quoted ones must match a column exactly.
        var name = quoted ? word : word.ToLowerInvariant();
        if (columns.Contains(name) || (!quoted && Keywords.Contains(name)))
        {
            return null;
        }
        return Suggestions.WithValid($"unknown identifier '{word}' in check", word, [.. columns, .. Keywords]);
    }
}
