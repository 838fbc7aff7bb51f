using System.Text.Json;
using Basalt.Spec;
using Basalt.Spec.Loading;
using Basalt.Testing;

namespace Basalt.OpenApi.Tests;

/// <summary>
/// A generated document read back as plain JSON, the way a client or the viewer sees it, with helpers that follow
/// <c>$ref</c>s. Specs load with an empty environment, so the examples' <c>${…:-default}</c> values apply.
/// </summary>
internal sealed class GeneratedDocument
{
    private GeneratedDocument(AppSpec spec, string json)
    {
        Spec = spec;
        Json = json;
        Root = JsonDocument.Parse(json).RootElement;
    }

    public AppSpec Spec { get; }

    public string Json { get; }

    public JsonElement Root { get; }

    public static GeneratedDocument ForExample(string name) => For(Load(File.ReadAllText(RepositoryPaths.Example(name)), RepositoryPaths.Example(name)));

    public static GeneratedDocument ForYaml(string yaml) => For(Load(yaml, "/specs/basalt.yaml"));

    public static AppSpec Load(string yaml, string path)
    {
        var result = SpecLoader.LoadText(yaml, path, new Dictionary<string, string?>());
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Spec!;
    }

    public static GeneratedDocument For(AppSpec spec) => new(spec, OpenApiGenerator.GenerateJson(spec));

    public JsonElement Components(string kind, string name) => Root.GetProperty("components").GetProperty(kind).GetProperty(name);

    public JsonElement Schema(string name) => Components("schemas", name);

    public JsonElement Operation(string table, string verb) => Root.GetProperty("paths").GetProperty("/" + table).GetProperty(verb);

    /// <summary>The element itself, or what its <c>$ref</c> points to (<c>#/components/…</c> only).</summary>
    public JsonElement Resolve(JsonElement element)
    {
        if (!element.TryGetProperty("$ref", out var reference))
        {
            return element;
        }
        var target = Root;
        foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
        {
            Assert.True(target.TryGetProperty(part, out target), $"unresolved $ref {reference}");
        }
        return target;
    }

    /// <summary>An operation's parameters as <c>in:name</c>, refs followed, in order.</summary>
    public IReadOnlyList<string> ParameterKeys(string table, string verb) =>
        Parameters(table, verb).Select(p => $"{p.GetProperty("in").GetString()}:{p.GetProperty("name").GetString()}").ToList();

    public IEnumerable<JsonElement> Parameters(string table, string verb) =>
        Operation(table, verb).GetProperty("parameters").EnumerateArray().Select(Resolve);

    public JsonElement Parameter(string table, string verb, string name) => Parameters(table, verb).Single(p => p.GetProperty("name").GetString() == name);

    /// <summary>A schema's <c>type</c> as a sorted list: a 3.1 type array or a single type.</summary>
    public static IReadOnlyList<string> Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).Order(StringComparer.Ordinal).ToList()
        : [type.GetString()!];

    public static IReadOnlyList<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
