namespace Basalt.Query.Planning;

/// <summary>The text search configurations a stock PostgreSQL ships; <c>fts(lang)</c> must name one of them.</summary>
internal static class TextSearchConfigs
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "simple", "arabic", "armenian", "basque", "catalan", "danish", "dutch", "english", "finnish", "french", "german",
        "greek", "hindi", "hungarian", "indonesian", "irish", "italian", "lithuanian", "nepali", "norwegian", "portuguese",
        "romanian", "russian", "serbian", "spanish", "swedish", "tamil", "turkish", "yiddish",
    };

    public static string? Validate(string? language) =>
        language is null || Names.Contains(language) ? language : throw new PlanException(SchemaErrors.UnknownTextSearchConfig(language));
}
