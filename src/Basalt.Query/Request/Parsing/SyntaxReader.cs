namespace Basalt.Query.Request.Parsing;

/// <summary>
/// A cursor over one parameter's decoded text. Grammar methods return false on failure after recording the first
/// failure: where it happened, what was found there and what was expected, which becomes PostgREST's
/// <c>unexpected "x" expecting …</c> details. A limit being exceeded is recorded as a whole error instead.
/// Nothing here throws on input.
/// </summary>
internal sealed class SyntaxReader(string text)
{
    public string Text { get; } = text;

    public int Position { get; set; }

    public int FailurePosition { get; private set; } = -1;

    public string? FailureDetails { get; private set; }

    public RequestError? Refusal { get; private set; }

    public bool AtEnd => Position >= Text.Length;

    public char Current => Position < Text.Length ? Text[Position] : '\0';

    public bool Failed => FailureDetails is not null || Refusal is not null;

    public bool Is(char c) => Position < Text.Length && Text[Position] == c;

    public bool IsAt(int offset, char c) => Position + offset < Text.Length && Text[Position + offset] == c;

    public bool Is(string s) => Text.AsSpan(Position).StartsWith(s, StringComparison.Ordinal);

    public bool Take(char c)
    {
        if (!Is(c))
        {
            return false;
        }
        Position++;
        return true;
    }

    public bool Take(string s)
    {
        if (!Is(s))
        {
            return false;
        }
        Position += s.Length;
        return true;
    }

    /// <summary>PostgREST's lexemes skip spaces and tabs around names, commas and parentheses.</summary>
    public void SkipSpaces()
    {
        while (Position < Text.Length && Text[Position] is ' ' or '\t')
        {
            Position++;
        }
    }

    /// <summary>Records "unexpected (what is at the cursor) expecting …" and returns false.</summary>
    public bool Fail(string expecting) => FailAt(Position, expecting);

    public bool FailAt(int position, string expecting)
    {
        if (!Failed)
        {
            FailurePosition = position;
            var unexpected = position < Text.Length ? "\"" + Text[position] + "\"" : "end of input";
            FailureDetails = "unexpected " + unexpected + " expecting " + expecting;
        }
        return false;
    }

    /// <summary>Records a whole error (a limit) instead of a syntax failure and returns false.</summary>
    public bool Refuse(RequestError error)
    {
        if (!Failed)
        {
            Refusal = error;
        }
        return false;
    }

    /// <summary>The error for a failed parse, in PostgREST's shape: the message names what failed and where
    /// (<c>"failed to parse filter (val)" (line 1, column 1)</c>), the details say what was expected.</summary>
    public RequestError ToError(string what) =>
        Refusal ?? RequestErrors.Syntax(what, Text, FailurePosition + 1, FailureDetails ?? "unknown parse error");
}
