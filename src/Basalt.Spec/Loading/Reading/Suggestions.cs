namespace Basalt.Spec.Loading.Reading;

/// <summary>"did you mean" for misspelt keys, types, tables and columns: the closest valid name within two edits.</summary>
internal static class Suggestions
{
    private const int MaxDistance = 2;

    /// <summary><c>{message}; did you mean 'x'? valid: a, b, c</c> (the hint only when a close name exists).</summary>
    public static string WithValid(string message, string value, IEnumerable<string> valid)
    {
        var names = valid.ToArray();
        return Format(message, Closest(value, names), names);
    }

    /// <summary>The same shape with a suggestion found elsewhere (an alias table, a suffix put back).</summary>
    public static string Format(string message, string? closest, IEnumerable<string> valid)
    {
        var hint = closest is null ? "" : $"; did you mean '{closest}'?";
        var separator = closest is null ? "; " : " ";
        return $"{message}{hint}{separator}valid: {string.Join(", ", valid)}";
    }

    /// <summary><c>unknown {what} '{value}'; did you mean …? valid: …</c>.</summary>
    public static string Unknown(string what, string value, IEnumerable<string> valid) =>
        WithValid($"unknown {what} '{value}'", value, valid);

    /// <summary>The first candidate at the smallest distance, if within two edits and fewer edits than the input has letters.</summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(value, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= MaxDistance && bestDistance < value.Length && best != value ? best : null;
    }

    /// <summary>Damerau–Levenshtein distance (optimal string alignment), ignoring case.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
