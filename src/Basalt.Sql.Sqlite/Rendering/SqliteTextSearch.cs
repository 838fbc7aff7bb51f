namespace Basalt.Sql.Sqlite.Rendering;

/// <summary>
/// PostgreSQL's full-text match (<c>to_tsvector(config, doc) @@ to_tsquery(config, query)</c>) in C#, for SQLite.
/// Placeholder until the query syntaxes are emulated: every word of the query must appear in the document.
/// </summary>
internal static class SqliteTextSearch
{
    public static bool? Matches(string? document, string? query, string mode, string? config)
    {
        if (document is null || query is null)
        {
            return null;
        }
        var words = Words(document).ToHashSet(StringComparer.Ordinal);
        return Words(query).All(words.Contains);
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split(c => !char.IsLetterOrDigit(c)).Where(w => w.Length > 0).Select(w => w.ToLowerInvariant());

    private static string[] Split(this string text, Func<char, bool> separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || separator(text[i]))
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }
        return parts.ToArray();
    }
}
