using System.Text.Json;

namespace Basalt.OpenApi.Tests;

public sealed class ExampleDocumentTests
{
    private static readonly string[] Verbs = ["get", "head", "post", "patch", "put", "delete"];

    [Theory]
    [InlineData("blog")]
    [InlineData("shop")]
    public void The_document_is_openapi_3_1_json_titled_after_the_spec_and_served_under_rest_v1(string example)
    {
        var document = GeneratedDocument.ForExample(example);

        Assert.Matches(@"^3\.1\.\d+$", document.Root.GetProperty("openapi").GetString());
        Assert.Contains(example, document.Root.GetProperty("info").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Matches(@"^\d+\.\d+\.\d+$", document.Root.GetProperty("info").GetProperty("version").GetString());
        Assert.Equal("/rest/v1", document.Root.GetProperty("servers")[0].GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("blog")]
    [InlineData("shop")]
    public void Every_user_table_is_a_path_with_the_six_verbs_and_nothing_else(string example)
    {
        var document = GeneratedDocument.ForExample(example);
        var tables = document.Spec.Schema.UserTables.Select(t => "/" + t.Name.Name).ToList();

        Assert.Equal(tables, document.Root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList());
        foreach (var path in document.Root.GetProperty("paths").EnumerateObject())
        {
            Assert.Equal(Verbs, path.Value.EnumerateObject().Select(o => o.Name).ToArray());
            foreach (var operation in path.Value.EnumerateObject())
            {
                Assert.False(string.IsNullOrWhiteSpace(operation.Value.GetProperty("summary").GetString()));
                Assert.Equal(path.Name.TrimStart('/'), operation.Value.GetProperty("tags")[0].GetString());
            }
        }
    }

    [Fact]
    public void Basalt_s_own_auth_tables_are_never_described()
    {
        var document = GeneratedDocument.ForExample("blog");

        Assert.Contains(document.Spec.Schema.Tables, t => t.IsSystem);
        Assert.DoesNotContain(document.Root.GetProperty("paths").EnumerateObject(), p => p.Name.Contains("users", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Root.GetProperty("components").GetProperty("schemas").EnumerateObject(),
            s => s.Name.StartsWith("users", StringComparison.Ordinal) || s.Name.StartsWith("auth", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("blog")]
    [InlineData("shop")]
    public void Operation_ids_are_unique_and_every_reference_resolves(string example)
    {
        var document = GeneratedDocument.ForExample(example);
        var ids = document.Root.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => o.Value.GetProperty("operationId").GetString()))
            .ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(document.Spec.Schema.UserTables.Count() * Verbs.Length, ids.Count);
        foreach (var reference in References(document.Root))
        {
            document.Resolve(reference);
        }
    }

    [Fact]
    public void Both_auth_schemes_are_declared_and_applied_to_every_operation()
    {
        var document = GeneratedDocument.ForExample("blog");
        var schemes = document.Root.GetProperty("components").GetProperty("securitySchemes");

        var apiKey = schemes.GetProperty("apikey");
        Assert.Equal("apiKey", apiKey.GetProperty("type").GetString());
        Assert.Equal("header", apiKey.GetProperty("in").GetString());
        Assert.Equal("apikey", apiKey.GetProperty("name").GetString());
        var bearer = schemes.GetProperty("bearer");
        Assert.Equal("http", bearer.GetProperty("type").GetString());
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
        Assert.Equal("JWT", bearer.GetProperty("bearerFormat").GetString());

        var requirements = document.Root.GetProperty("security").EnumerateArray()
            .Select(r => string.Join("+", r.EnumerateObject().Select(p => p.Name))).ToList();
        Assert.Equal(["apikey+bearer", "apikey", "bearer"], requirements);
        // Applied at the document level, and no operation overrides it.
        Assert.DoesNotContain(document.Root.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()),
            o => o.Value.TryGetProperty("security", out _));
    }

    [Theory]
    [InlineData("blog")]
    [InlineData("shop")]
    public void The_same_spec_gives_the_same_bytes(string example)
    {
        var first = GeneratedDocument.ForExample(example).Json;
        var second = GeneratedDocument.ForExample(example).Json;

        Assert.Equal(first, second);
        Assert.EndsWith("}\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Descriptions_from_the_spec_reach_the_table_and_its_tag()
    {
        var document = GeneratedDocument.ForExample("blog");

        Assert.StartsWith("One public profile per user.", document.Schema("profiles").GetProperty("description").GetString(), StringComparison.Ordinal);
        var tag = document.Root.GetProperty("tags").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "profiles");
        Assert.StartsWith("One public profile per user.", tag.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_operation_says_which_policy_applies()
    {
        var document = GeneratedDocument.ForExample("blog");

        Assert.Contains("status = 'published' or author_id = auth.uid()",
            document.Operation("posts", "get").GetProperty("description").GetString(), StringComparison.Ordinal);
        // comments has no update policy: only the service role may change a comment.
        Assert.Contains("No `update` policy", document.Operation("comments", "patch").GetProperty("description").GetString(), StringComparison.Ordinal);
        var shop = GeneratedDocument.ForExample("shop");
        Assert.Contains("`staff`: `status = 'draft'`", shop.Operation("products", "delete").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> References(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("$ref", out _))
            {
                yield return element;
            }
            foreach (var child in element.EnumerateObject().SelectMany(p => References(p.Value)))
            {
                yield return child;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray().SelectMany(References))
            {
                yield return child;
            }
        }
    }
}
