namespace Basalt.Spec.Loading;

/// <summary>SQL's quoting rule, shared by the readers of SQL-like text in the spec (checks, policies).</summary>
internal static class SqlQuotes
{
    /// <summary>The index of the quote closing the one at <paramref name="start"/>, skipping doubled (escaped) quotes; -1 if none.</summary>
    public static int ClosingQuote(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] != quote)
            {
                continue;
            }
            if (i + 1 < text.Length && text[i + 1] == quote)
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }
}
