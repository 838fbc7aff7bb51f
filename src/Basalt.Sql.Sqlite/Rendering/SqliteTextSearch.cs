using Basalt.Sql.Sqlite.Rendering.TextSearch;

namespace Basalt.Sql.Sqlite.Rendering;

/// <summary>
/// PostgreSQL's <c>to_tsvector(config, document) @@ to_tsquery(config, query)</c> (and its plain, phrase and web
/// search forms) in C#, registered as <c>basalt_fts</c> for SQLite. A query with no lexeme left (only stop words)
/// matches nothing, as in PostgreSQL.
/// </summary>
internal static class SqliteTextSearch
{
    public static bool? Matches(string? document, string? query, string mode, string? config)
    {
        if (document is null || query is null)
        {
            return null;
        }
        var configuration = TextSearchConfig.For(config);
        if (TextQueryParser.Parse(query, mode, configuration) is not { } parsed)
        {
            return false;
        }
        var lexemes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (lexeme, position) in configuration.Lexemes(document))
        {
            if (lexeme is not null)
            {
                if (!lexemes.TryGetValue(lexeme, out var positions))
                {
                    lexemes[lexeme] = positions = [];
                }
                positions.Add(position);
            }
        }
        return parsed.Matches(lexemes);
    }
}
