using System.Text;

namespace Basalt.Query.Request.Parsing;

/// <summary>
/// A one-dimensional PostgreSQL array literal, <c>{a, "b,c", NULL}</c>, as cs/cd/ov and the (any)/(all)
/// modifiers take it: items separated by commas, double-quoted items with backslash escapes, unquoted items
/// trimmed of whitespace, an unquoted NULL (any case) a null item. Nested arrays and anything else are not a
/// list here: cs/cd/ov keep such a value as one scalar (a JSON value or a range), the quantifiers refuse it.
/// </summary>
internal static class ArrayLiteralParser
{
    /// <summary>The <c>expecting</c> of a literal that is well-formed so far but has too many items.</summary>
    public const string TooMany = "fewer items";

    /// <summary>Parses all of <paramref name="text"/>; on failure <paramref name="failure"/> is the index of the
    /// offending character and <paramref name="expecting"/> what would have been valid there.</summary>
    public static bool TryParse(string text, int maxItems, out List<string?> items, out int failure, out string expecting)
    {
        items = [];
        failure = 0;
        expecting = "\"{\"";
        if (text.Length == 0 || text[0] != '{')
        {
            return false;
        }
        var i = SkipWhitespace(text, 1);
        if (i < text.Length && text[i] == '}')
        {
            return End(text, i + 1, ref failure, ref expecting);
        }
        while (true)
        {
            i = SkipWhitespace(text, i);
            if (!Item(text, ref i, items, ref failure, ref expecting))
            {
                return false;
            }
            if (items.Count > maxItems)
            {
                failure = i;
                expecting = TooMany;
                return false;
            }
            i = SkipWhitespace(text, i);
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }
            if (i < text.Length && text[i] == '}')
            {
                return End(text, i + 1, ref failure, ref expecting);
            }
            failure = i;
            expecting = "\",\" or \"}\"";
            return false;
        }
    }

    private static bool Item(string text, ref int i, List<string?> items, ref int failure, ref string expecting)
    {
        if (i < text.Length && text[i] == '"')
        {
            var end = NameParser.ScanQuoted(text, i, out var quoted);
            if (end < 0)
            {
                failure = text.Length;
                expecting = "\"\\\"\"";
                return false;
            }
            items.Add(quoted);
            i = end;
            return true;
        }
        var value = new StringBuilder();
        var escaped = false;
        var lastKept = 0;
        for (; i < text.Length && text[i] is not (',' or '}'); i++)
        {
            var c = text[i];
            if (c is '"' or '{')
            {
                failure = i;
                expecting = "\",\" or \"}\"";
                return false;
            }
            if (c == '\\' && i + 1 < text.Length)
            {
                c = text[++i];
                escaped = true;
                value.Append(c);
                lastKept = value.Length;
                continue;
            }
            value.Append(c);
            if (!char.IsWhiteSpace(c))
            {
                lastKept = value.Length;
            }
        }
        if (lastKept == 0)
        {
            failure = i;
            expecting = "an array item";
            return false;
        }
        var item = value.ToString(0, lastKept);
        items.Add(!escaped && item.Equals("NULL", StringComparison.OrdinalIgnoreCase) ? null : item);
        return true;
    }

    private static bool End(string text, int i, ref int failure, ref string expecting)
    {
        if (i == text.Length)
        {
            return true;
        }
        failure = i;
        expecting = "end of input";
        return false;
    }

    private static int SkipWhitespace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }
}
