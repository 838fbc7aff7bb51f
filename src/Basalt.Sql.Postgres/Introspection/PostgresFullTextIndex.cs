using System.Text.RegularExpressions;

namespace Basalt.Sql.Postgres.Introspection;

/// <summary>
/// Reads back which columns a full-text index covers. PostgreSQL stores the index as one expression,
/// <c>to_tsvector('simple'::regconfig, (COALESCE(title, ''::text) || ' '::text) || COALESCE(body, ''::text))</c>;
/// both sides describe it as <c>fulltext(title, body)</c> so the comparison names the columns.
/// </summary>
internal static partial class PostgresFullTextIndex
{
    [GeneratedRegex(@"^to_tsvector\('simple'::regconfig, ", RegexOptions.CultureInvariant)]
    private static partial Regex Head();

    [GeneratedRegex(@"COALESCE\(\(?(""(?:[^""]|"""")+""|[^,()\s:]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Column();

    public static string Describe(IEnumerable<string> columns) => $"fulltext({string.Join(", ", columns)})";

    /// <summary>The description of an index expression that Basalt wrote, or null for any other expression.</summary>
    public static string? TryDescribe(string expression)
    {
        if (!Head().IsMatch(expression))
        {
            return null;
        }
        var columns = Column().Matches(expression).Select(m => Unquote(m.Groups[1].Value)).ToArray();
        return columns.Length == 0 ? null : Describe(columns);
    }

    private static string Unquote(string name) =>
        name.StartsWith('"') ? name[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : name;
}
