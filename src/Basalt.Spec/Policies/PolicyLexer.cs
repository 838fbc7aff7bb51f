using System.Globalization;
using Basalt.Spec.Loading;

namespace Basalt.Spec.Policies;

/// <summary>
/// Splits a policy expression into tokens. Strings are single-quoted with <c>''</c> for a quote; numbers are
/// integers or decimals with an optional leading <c>-</c> (the language has no arithmetic, so a <c>-</c> before a
/// digit is always a sign); identifiers are plain (folded to lowercase, as SQL does) or double-quoted (kept as
/// written, <c>""</c> for a quote).
/// </summary>
internal static class PolicyLexer
{
    public static IReadOnlyList<PolicyToken> Tokenize(string text)
    {
        var tokens = new List<PolicyToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (i >= text.Length)
            {
                tokens.Add(new PolicyToken(PolicyTokenKind.End, "", null, text.Length));
                return tokens;
            }
            var token = Next(text, i);
            tokens.Add(token);
            i = token.Offset + Length(text, token);
        }
    }

    private static PolicyToken Next(string text, int start)
    {
        var c = text[start];
        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        return c switch
        {
            '\'' => Quoted(text, start, '\'', PolicyTokenKind.String),
            '"' => Quoted(text, start, '"', PolicyTokenKind.Identifier),
            '(' => Symbol(PolicyTokenKind.LeftParen, "(", start),
            ')' => Symbol(PolicyTokenKind.RightParen, ")", start),
            ',' => Symbol(PolicyTokenKind.Comma, ",", start),
            '.' when !char.IsAsciiDigit(next) => Symbol(PolicyTokenKind.Dot, ".", start),
            '=' => Symbol(PolicyTokenKind.Equal, "=", start),
            '!' when next == '=' => Symbol(PolicyTokenKind.NotEqual, "!=", start),
            '<' when next == '>' => Symbol(PolicyTokenKind.NotEqual, "<>", start),
            '<' when next == '=' => Symbol(PolicyTokenKind.LessOrEqual, "<=", start),
            '<' => Symbol(PolicyTokenKind.Less, "<", start),
            '>' when next == '=' => Symbol(PolicyTokenKind.GreaterOrEqual, ">=", start),
            '>' => Symbol(PolicyTokenKind.Greater, ">", start),
            '-' when next == '>' => start + 2 < text.Length && text[start + 2] == '>'
                ? Symbol(PolicyTokenKind.ArrowText, "->>", start)
                : Symbol(PolicyTokenKind.Arrow, "->", start),
            '-' or '.' when char.IsAsciiDigit(next) => Number(text, start),
            _ when char.IsAsciiDigit(c) => Number(text, start),
            _ when char.IsAsciiLetter(c) || c == '_' => Word(text, start),
            _ => throw new PolicySyntaxException(start, $"unexpected character '{c}'"),
        };
    }

    private static PolicyToken Symbol(PolicyTokenKind kind, string text, int start) => new(kind, text, text, start);

    /// <summary>The token's length in the source, which differs from its text for quoted tokens with doubled quotes.</summary>
    private static int Length(string text, PolicyToken token)
    {
        if (token.Kind is PolicyTokenKind.String || (token.Kind is PolicyTokenKind.Identifier && token.Quoted))
        {
            return SqlQuotes.ClosingQuote(text, token.Offset) - token.Offset + 1;
        }
        return token.Text.Length;
    }

    private static PolicyToken Quoted(string text, int start, char quote, PolicyTokenKind kind)
    {
        var end = SqlQuotes.ClosingQuote(text, start);
        if (end < 0)
        {
            throw new PolicySyntaxException(start, quote == '\''
                ? "unterminated string: a ' is not closed (write '' for a quote inside a string)"
                : "unterminated quoted name: a \" is not closed");
        }
        var doubled = new string(quote, 2);
        var value = text[(start + 1)..end].Replace(doubled, quote.ToString(), StringComparison.Ordinal);
        if (kind == PolicyTokenKind.Identifier && value.Length == 0)
        {
            throw new PolicySyntaxException(start, "a quoted name cannot be empty");
        }
        return new PolicyToken(kind, value, value, start, Quoted: true);
    }

    private static PolicyToken Number(string text, int start)
    {
        var i = start + (text[start] == '-' ? 1 : 0);
        var digitsStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        var isDecimal = i < text.Length && text[i] == '.';
        if (isDecimal)
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }
        if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] is '_' or '.'))
        {
            throw new PolicySyntaxException(start, $"invalid number '{text[start..(i + 1)]}'; write digits, with at most one '.' (no exponent)");
        }
        var written = text[start..i];
        if (i == digitsStart + (isDecimal ? 1 : 0))
        {
            throw new PolicySyntaxException(start, $"invalid number '{written}'");
        }
        if (!isDecimal && long.TryParse(written, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new PolicyToken(PolicyTokenKind.Integer, written, integer, start);
        }
        if (decimal.TryParse(written, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return new PolicyToken(PolicyTokenKind.Decimal, written, number, start);
        }
        throw new PolicySyntaxException(start, $"the number {written} is out of range");
    }

    private static PolicyToken Word(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }
        var written = text[start..i];
        return new PolicyToken(PolicyTokenKind.Identifier, written, written.ToLowerInvariant(), start);
    }
}
