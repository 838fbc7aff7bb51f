using Basalt.Sql.Sqlite.Rendering.TextSearch;
using Basalt.Sql.Rendering.Tests.Support;
using Npgsql;

namespace Basalt.Sql.Rendering.Tests;

/// <summary>SQLite's emulation of the english configuration stems words exactly as PostgreSQL's <c>english_stem</c> does.</summary>
[Collection(RenderCollection.Name)]
public sealed class StemmerTests(RenderDatabases db)
{
    private static readonly string[] Words =
    [
        "caresses", "ponies", "ties", "cries", "cats", "gas", "this", "gaps", "kiwis", "agreed", "feed", "plastered", "bled",
        "motoring", "sing", "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing",
        "filing", "happy", "sky", "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli",
        "radicalli", "differentli", "vileli", "analogousli", "vietnamization", "predication", "operator", "feudalism",
        "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate", "formative",
        "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance", "inference", "airliner",
        "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment", "dependent", "adoption", "homologou",
        "communism", "activate", "angulariti", "homologous", "effective", "bowdlerize", "probate", "rate", "cease", "controll",
        "roll", "running", "runners", "ran", "quickly", "gardens", "jumps", "lazy", "dogs", "believing", "thinking", "things",
        "generously", "generation", "communication", "arsenal", "consistency", "knightly", "dying", "lying", "news", "skies",
        "inning", "outing", "canning", "proceed", "exceed", "succeed", "innings", "yelling", "saying", "played", "enjoying",
        "boys", "toy", "youth", "yearly", "beautiful", "beautifully", "nationality", "organization", "organizations",
        "university", "universal", "universe", "emergency", "emergence", "later", "laterally", "past", "pasta", "pastime",
        "ability", "abilities", "being", "doing", "traditional", "traditionally", "hopelessly", "carefully", "consign",
        "consigned", "consigning", "consignment", "consist", "consisted", "consistent", "consistently", "consisting",
        "knack", "knave", "kneel", "knelt", "knife", "knights", "generic", "generous", "commune", "arsenic", "exceeding",
        "dried", "die", "tied", "spied", "lies", "us", "bus", "gas", "atlases", "sses", "ied", "abc", "a", "ab", "aed",
        "ageing", "aging", "corresponding", "possibilities", "fluently", "fluency", "physically", "photosynthesis",
        "sportingly", "eventually", "available", "availability", "responsible", "responsibility", "cementing",
    ];

    /// <summary>Every lower-case word of the repository's documentation, a few thousand of them, stems as in PostgreSQL.</summary>
    [Fact]
    public async Task The_words_of_the_documentation_stem_as_in_PostgreSQL()
    {
        var text = string.Concat(Directory.GetFiles(Path.Combine(Basalt.Testing.RepositoryPaths.Root, "docs"), "*.md", SearchOption.AllDirectories).Select(File.ReadAllText));
        var words = System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), "[a-z]+").Select(m => m.Value).Distinct().ToArray();
        Assert.True(words.Length > 1000, $"only {words.Length} words");
        await using var connection = (NpgsqlConnection)await db.Postgres.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT w, (ts_lexize('english_stem', w))[1] FROM unnest($1::text[]) AS w", connection) { Parameters = { new() { Value = words } } };
        await using var reader = await command.ExecuteReaderAsync();
        var differences = new List<string>();
        while (await reader.ReadAsync())
        {
            var word = reader.GetString(0);
            var expected = reader.IsDBNull(1) ? null : reader.GetString(1);
            var actual = EnglishStopWords.Contains(word) ? null : EnglishStemmer.Stem(word);
            if (expected != actual)
            {
                differences.Add($"{word}: PostgreSQL {expected ?? "(stop word)"}, Basalt {actual ?? "(stop word)"}");
            }
        }
        Assert.Empty(differences);
    }

    [Fact]
    public async Task Every_word_stems_as_in_PostgreSQL()
    {
        await using var connection = (NpgsqlConnection)await db.Postgres.OpenAsync();
        var differences = new List<string>();
        foreach (var word in Words.Distinct())
        {
            await using var command = new NpgsqlCommand("SELECT (ts_lexize('english_stem', $1))[1]", connection) { Parameters = { new() { Value = word } } };
            var expected = await command.ExecuteScalarAsync() as string;
            var actual = EnglishStopWords.Contains(word) ? null : EnglishStemmer.Stem(word);
            if (expected != actual)
            {
                differences.Add($"{word}: PostgreSQL {expected ?? "(stop word)"}, Basalt {actual ?? "(stop word)"}");
            }
        }
        Assert.Empty(differences);
    }
}
