using System.Text;

namespace Basalt.Query.Request.Parsing;

/// <summary>
/// The lexical pieces every parameter shares (PostgREST's pFieldName, pJsonPath, pField, pIdentifier):
/// a name is a double-quoted string with backslash escapes, or runs of letters, digits, <c>_</c>, <c>$</c> and
/// spaces joined by <c>-</c> (a dash before <c>&gt;</c> starts an arrow instead), each run trimmed of spaces.
/// </summary>
internal static class NameParser
{
    public const string FieldNameExpected = "field name (* or [a..z0..9_$])";
    private const string JsonKeyExpected = "any non reserved character different from: .,>()";
    private const string IndexEndExpected = "digit, \"->\", \"::\", \".\", \",\" or end of input";

    public static bool IsIdentifierChar(char c) => char.IsLetter(c) || char.IsAsciiDigit(c) || c is '_' or '$' or ' ';

    private static bool IsJsonKeyChar(char c) => c is not ('(' or '-' or ':' or '.' or ',' or '>' or ')');

    /// <summary>A name; <paramref name="quoted"/> tells <c>"count"</c> from the keyword <c>count</c>.</summary>
    public static bool FieldName(SyntaxReader reader, out string name, out bool quoted)
    {
        quoted = reader.Is('"');
        return quoted ? QuotedValue(reader, out name) : Dashed(reader, IsIdentifierChar, FieldNameExpected, out name);
    }

    public static bool FieldName(SyntaxReader reader, out string name) => FieldName(reader, out name, out _);

    /// <summary><c>"…"</c> where a backslash takes the next character literally (<c>\"</c>, <c>\\</c>).</summary>
    public static bool QuotedValue(SyntaxReader reader, out string value)
    {
        var end = ScanQuoted(reader.Text, reader.Position, out value);
        if (end < 0)
        {
            reader.Position = reader.Text.Length;
            return reader.Fail("\"\\\"\"");
        }
        reader.Position = end;
        return true;
    }

    /// <summary>Reads a quoted value starting at <paramref name="start"/> without recording failures: returns the
    /// index after the closing quote, or -1 when there is no opening or closing quote.</summary>
    public static int ScanQuoted(string text, int start, out string value)
    {
        value = "";
        if (start >= text.Length || text[start] != '"')
        {
            return -1;
        }
        var close = text.AsSpan(start + 1).IndexOfAny('"', '\\');
        if (close >= 0 && text[start + 1 + close] == '"')
        {
            value = text.Substring(start + 1, close);
            return start + close + 2;
        }
        var unescaped = new StringBuilder();
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                value = unescaped.ToString();
                return i + 1;
            }
            if (c == '\\')
            {
                if (++i == text.Length)
                {
                    break;
                }
                c = text[i];
            }
            unescaped.Append(c);
        }
        return -1;
    }

    /// <summary>Letters, digits, <c>_</c>, <c>$</c> and spaces, trimmed: casts (<c>::text</c>) and languages.</summary>
    public static bool Identifier(SyntaxReader reader, out string identifier)
    {
        var start = reader.Position;
        while (!reader.AtEnd && IsIdentifierChar(reader.Current))
        {
            reader.Position++;
        }
        identifier = reader.Text[start..reader.Position].Trim(' ');
        return identifier.Length > 0 || reader.FailAt(start, "letter or digit");
    }

    /// <summary>A name with an optional JSON path, spaces around allowed.</summary>
    public static bool Field(SyntaxReader reader, out FieldPath field)
    {
        field = null!;
        reader.SkipSpaces();
        if (!FieldName(reader, out var name) || !JsonPath(reader, out var path))
        {
            return false;
        }
        reader.SkipSpaces();
        field = new FieldPath(name, path);
        return true;
    }

    /// <summary>Zero or more <c>->key</c>, <c>->>key</c>, <c>->0</c>, <c>->-1</c>.</summary>
    public static bool JsonPath(SyntaxReader reader, out IReadOnlyList<JsonStep> path)
    {
        path = [];
        List<JsonStep>? steps = null;
        while (reader.Is("->"))
        {
            // "->>" must be tried before "->".
            var asText = reader.Take("->>");
            if (!asText)
            {
                reader.Take("->");
            }
            if (!JsonOperand(reader, asText, out var step))
            {
                return false;
            }
            (steps ??= []).Add(step);
        }
        if (steps is not null)
        {
            path = steps;
        }
        return true;
    }

    private static bool JsonOperand(SyntaxReader reader, bool asText, out JsonStep step)
    {
        step = null!;
        var start = reader.Position;
        var negative = reader.Take('-');
        var digits = reader.Position;
        while (char.IsAsciiDigit(reader.Current))
        {
            reader.Position++;
        }
        if (reader.Position > digits)
        {
            if (AtIndexEnd(reader))
            {
                step = new JsonStep(reader.Text[start..reader.Position], true, asText);
                return true;
            }
            if (negative)
            {
                return reader.Fail(IndexEndExpected);
            }
        }
        else if (negative)
        {
            return reader.Fail("digit");
        }
        reader.Position = start;
        if (reader.Is('"'))
        {
            if (!QuotedValue(reader, out var quoted))
            {
                return false;
            }
            step = new JsonStep(quoted, false, asText);
            return true;
        }
        if (!Dashed(reader, IsJsonKeyChar, JsonKeyExpected, out var key))
        {
            return false;
        }
        step = new JsonStep(key, false, asText);
        return true;
    }

    private static bool AtIndexEnd(SyntaxReader reader) =>
        reader.AtEnd || reader.Is("->") || reader.Is("::") || reader.Current is '.' or ',' or ')';

    /// <summary>Runs of <paramref name="isChar"/> joined by dashes that are not the start of an arrow.</summary>
    private static bool Dashed(SyntaxReader reader, Func<char, bool> isChar, string expecting, out string name)
    {
        name = "";
        StringBuilder? joined = null;
        while (true)
        {
            var start = reader.Position;
            while (!reader.AtEnd && isChar(reader.Current))
            {
                reader.Position++;
            }
            if (reader.Position == start)
            {
                return reader.Fail(expecting);
            }
            var piece = reader.Text.AsSpan(start, reader.Position - start).Trim(' ');
            if (!(reader.Is('-') && !reader.IsAt(1, '>')))
            {
                name = joined is null ? piece.ToString() : joined.Append(piece).ToString();
                return true;
            }
            reader.Position++;
            (joined ??= new StringBuilder()).Append(piece).Append('-');
        }
    }
}
