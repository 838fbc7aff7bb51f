using System.Text.Json.Nodes;
using Basalt.Spec.Loading;
using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Loading.Sections;
using Basalt.Spec.Schema;
using Basalt.Spec.Settings;

namespace Basalt.Spec.Tests;

/// <summary><c>docs/basalt.schema.json</c> accepts exactly the keys and values the loader accepts, and the examples.</summary>
public sealed class SchemaDocumentTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Specs");
    private static readonly JsonObject Schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "basalt.schema.json")))!.AsObject();

    public static TheoryData<string> Sections => new(SpecKeys.BySection.Keys);

    [Theory]
    [MemberData(nameof(Sections))]
    public void Each_section_lists_the_keys_the_loader_accepts_and_rejects_others(string section)
    {
        var definition = section == "spec" ? Schema : Schema["$defs"]![section]!.AsObject();

        Assert.Equal(SpecKeys.BySection[section], definition["properties"]!.AsObject().Select(p => p.Key));
        Assert.False((bool)definition["additionalProperties"]!);
    }

    [Fact]
    public void Every_property_has_a_description()
    {
        var missing = Objects(Schema).SelectMany(o => o["properties"] is JsonObject properties
                ? properties.Where(p => p.Value!["description"] is null).Select(p => p.Key)
                : []).ToArray();

        Assert.Empty(missing);
    }

    [Fact]
    public void The_enumerations_match_the_loader()
    {
        var column = Schema["$defs"]!["column"]!["properties"]!;

        Assert.Equal([.. ColumnKinds.AllNames, .. ColumnKinds.AllNames.Select(n => n + "[]")], Strings(column["type"]!["enum"]));
        Assert.Equal(ColumnReader.Actions, Strings(column["on_delete"]!["enum"]));
        Assert.Equal(DatabaseSectionReader.Providers, Strings(Schema["$defs"]!["database"]!["properties"]!["provider"]!["enum"]));
        Assert.Equal(DatabaseSectionReader.SynchronousModes, Strings(Schema["$defs"]!["database"]!["properties"]!["synchronous"]!["enum"]));
        Assert.Equal(IndexReader.Kinds, Strings(Schema["$defs"]!["index"]!["properties"]!["kind"]!["enum"]));
        Assert.Equal(AuthSectionReader.CharacterClasses, Strings(Schema["$defs"]!["password"]!["properties"]!["require"]!["items"]!["enum"]));
        Assert.Equal(SigningKeySettings.Algorithms, Strings(Schema["$defs"]!["signing_key"]!["properties"]!["alg"]!["enum"]));
        Assert.Equal(SigningKeysReader.Statuses, Strings(Schema["$defs"]!["signing_key"]!["properties"]!["status"]!["enum"]));
    }

    [Theory]
    [InlineData("blog.yaml")]
    [InlineData("blog.json")]
    [InlineData("features.yaml")]
    public void The_examples_satisfy_the_schema(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder, file));
        Assert.True(SpecLoader.LoadText(text, file, new Dictionary<string, string?>()).Succeeded);

        Assert.Empty(new SchemaShapeValidator(Schema).Validate(ToJson(text)));
    }

    [Theory]
    [InlineData("nulable: true", "tables.t.columns.c.nulable: unknown property")]
    [InlineData("type: txt", "tables.t.columns.c.type: \"txt\" is not one of")]
    [InlineData("type: enum", "tables.t.columns.c: missing values")]
    [InlineData("type: integer, on_delete: casade", "tables.t.columns.c.on_delete: \"casade\" is not one of")]
    [InlineData("type: numeric, precision: 0", "tables.t.columns.c.precision: matches none of anyOf")]
    public void The_schema_rejects_what_the_loader_rejects(string column, string problem)
    {
        var text = $"name: app\ntables:\n  t:\n    columns:\n      id: {{ type: bigint, primary: true }}\n      c: {{ {column} }}\n";
        Assert.False(SpecLoader.LoadText(text, "x.yaml", new Dictionary<string, string?>()).Succeeded);

        var problems = new SchemaShapeValidator(Schema).Validate(ToJson(text));

        Assert.Contains(problems, p => p.StartsWith(problem, StringComparison.Ordinal));
    }

    /// <summary>YAML as JSON, plain scalars typed by YAML's core schema, through the loader's own parser.</summary>
    private static JsonNode? ToJson(string text) =>
        Convert(SpecTreeBuilder.Build(text, new LoadContext("x"), EnvironmentExpander.From(new Dictionary<string, string?>())));

    private static JsonNode? Convert(SpecNode? node) => node switch
    {
        SpecMap map => new JsonObject(map.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Convert(e.Value)))),
        SpecList list => new JsonArray(list.Items.Select(Convert).ToArray()),
        SpecScalar { Quoted: true } s => JsonValue.Create(s.Value),
        SpecScalar { IsNull: true } => null,
        SpecScalar { Value: "true" or "false" } s => JsonValue.Create(s.Value == "true"),
        SpecScalar s when Numbers.ToJson(s.Value) is { } number => JsonNode.Parse(number),
        SpecScalar s => JsonValue.Create(s.Value),
        _ => null,
    };

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        // An "if" only tests values; the properties an editor describes are elsewhere.
        JsonObject o => o.Where(p => p.Key != "if").Select(p => p.Value).SelectMany(Objects).Prepend(o),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(v => (string)v!).ToArray();
}
