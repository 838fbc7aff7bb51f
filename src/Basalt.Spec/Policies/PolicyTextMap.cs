namespace Basalt.Spec.Policies;

/// <summary>
/// Maps an offset in a policy's text (the YAML scalar's value) to the line and column it was written at in the
/// spec file, so every message points at the exact character.
/// </summary>
/// <remarks>
/// The value is aligned, character by character, with the scalar's source as written (from its first character
/// to its last): each character of the value is the next equal character of the source. Characters the value
/// does not hold are skipped: quotes around a quoted scalar, the second quote of a YAML <c>''</c> escape, the
/// backslash of a <c>\"</c> escape, a block scalar's header and indentation, and the line break plus indentation
/// that folding turns into one space (which then maps to the first indentation space of the next line). This is
/// exact for plain scalars and quoted scalars on one or several lines and for literal (<c>|</c>) block scalars,
/// and exact for every non-space character of a folded (<c>&gt;</c>) one. A double-quoted escape that produces a
/// character absent from the source (<c>\n</c>, <c>\t</c>, <c>\x41</c>) may pull later positions too far; a value
/// that came from <c>${VAR}</c> expansion is not in the source at all, so every offset maps to the scalar's start.
/// </remarks>
public sealed class PolicyTextMap
{
    private readonly PolicyPosition[] positions;

    private PolicyTextMap(PolicyPosition[] positions) => this.positions = positions;

    /// <summary>The position of the character at <paramref name="offset"/> (the end of the text for offsets past it).</summary>
    public PolicyPosition At(int offset) => positions[Math.Clamp(offset, 0, positions.Length - 1)];

    /// <summary>Positions within the text itself, starting at <paramref name="line"/>:<paramref name="column"/>.</summary>
    public static PolicyTextMap Plain(string text, int line = 1, int column = 1) => new(Walk(text, line, column));

    /// <summary>
    /// Positions of <paramref name="value"/> within <paramref name="source"/>, the scalar as written, which starts at
    /// <paramref name="line"/>:<paramref name="column"/> of the file.
    /// </summary>
    public static PolicyTextMap FromSource(string value, string? source, int line, int column)
    {
        var positions = new PolicyPosition[value.Length + 1];
        var start = new PolicyPosition(line, column);
        if (source is null || source.Contains("${", StringComparison.Ordinal))
        {
            Array.Fill(positions, start);
            return new PolicyTextMap(positions);
        }
        var sourcePositions = Walk(source, line, column);
        var p = FirstValueCharacter(source);
        var i = 0;
        for (; i < value.Length; i++)
        {
            var j = source.IndexOf(value[i], p);
            if (j < 0)
            {
                break;
            }
            positions[i] = sourcePositions[j];
            p = j + 1;
        }
        var rest = i < value.Length ? (i == 0 ? start : positions[i - 1]) : sourcePositions[Math.Min(p, source.Length)];
        for (; i <= value.Length; i++)
        {
            positions[i] = rest;
        }
        return new PolicyTextMap(positions);
    }

    /// <summary>Skips a quoted scalar's opening quote (a plain scalar never starts with one), or a block scalar's header line (<c>|</c>, <c>&gt;-</c>, <c>|2</c>…).</summary>
    private static int FirstValueCharacter(string source)
    {
        if (source.Length == 0)
        {
            return 0;
        }
        if (source[0] is '\'' or '"')
        {
            return 1;
        }
        if (source[0] is '|' or '>')
        {
            var lineEnd = source.IndexOf('\n', StringComparison.Ordinal);
            return lineEnd < 0 ? source.Length : lineEnd + 1;
        }
        return 0;
    }

    /// <summary>The position of every source character, and of the end.</summary>
    private static PolicyPosition[] Walk(string source, int line, int column)
    {
        var result = new PolicyPosition[source.Length + 1];
        for (var i = 0; i < source.Length; i++)
        {
            result[i] = new PolicyPosition(line, column);
            if (source[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
        result[source.Length] = new PolicyPosition(line, column);
        return result;
    }
}
