using System.Text.Json;

namespace Basalt.OpenApi.Tests;

public sealed class ParameterTests
{
    private static readonly GeneratedDocument Blog = GeneratedDocument.ForExample("blog");

    private static string[] Filters(string table) => Blog.Spec.Schema.Find(table)!.Columns.Select(c => "query:" + c.Name).ToArray();

    [Fact]
    public void A_read_takes_select_a_filter_per_column_logic_order_paging_range_and_prefer()
    {
        string[] expected = ["query:select", .. Filters("posts"), "query:or", "query:and", "query:order", "query:limit", "query:offset",
            "header:Range", "header:Range-Unit", "header:Prefer"];

        Assert.Equal(expected, Blog.ParameterKeys("posts", "get"));
        Assert.Equal(expected, Blog.ParameterKeys("posts", "head"));
    }

    [Fact]
    public void Writes_take_the_parameters_postgrest_reads_for_them()
    {
        Assert.Equal(["query:select", "query:columns", "query:on_conflict", "header:Prefer"], Blog.ParameterKeys("posts", "post"));
        Assert.Equal([.. Filters("posts"), "query:or", "query:and", "query:order", "query:limit", "query:select", "query:columns", "header:Prefer"],
            Blog.ParameterKeys("posts", "patch"));
        Assert.Equal(["query:id", "query:select", "query:columns", "header:Prefer"], Blog.ParameterKeys("posts", "put"));
        Assert.Equal([.. Filters("posts"), "query:or", "query:and", "query:order", "query:limit", "query:select", "header:Prefer"],
            Blog.ParameterKeys("posts", "delete"));
    }

    [Theory]
    [InlineData("get", "count=exact", "return=minimal")]
    [InlineData("post", "resolution=merge-duplicates", "max-affected=5")]
    [InlineData("post", "missing=default", "count=nonsense")]
    [InlineData("patch", "tx=rollback", "resolution=ignore-duplicates")]
    [InlineData("patch", "missing=default", "timezone=UTC")]
    [InlineData("put", "return=representation", "missing=default")]
    [InlineData("delete", "return=representation", "missing=default")]
    public void Prefer_lists_the_tokens_each_verb_honours(string verb, string allowed, string notAllowed)
    {
        var prefer = Blog.Parameter("posts", verb, "Prefer");

        // A comma-separated list: style simple without explode, which are a header's defaults and so may be left out.
        Assert.Equal("simple", prefer.TryGetProperty("style", out var style) ? style.GetString() : "simple");
        Assert.False(prefer.TryGetProperty("explode", out var explode) && explode.GetBoolean());
        Assert.Equal("array", prefer.GetProperty("schema").GetProperty("type").GetString());
        var items = prefer.GetProperty("schema").GetProperty("items");
        Assert.True(Accepts(items, allowed), allowed);
        Assert.False(Accepts(items, notAllowed), notAllowed);
    }

    [Theory]
    [InlineData("patch")]
    [InlineData("delete")]
    public void Max_affected_is_a_pattern_on_the_verbs_that_honour_it(string verb)
    {
        var items = Blog.Parameter("posts", verb, "Prefer").GetProperty("schema").GetProperty("items");

        Assert.True(Accepts(items, "max-affected=10"));
        Assert.False(Accepts(items, "max-affected=ten"));
        Assert.False(Accepts(Blog.Parameter("posts", "post", "Prefer").GetProperty("schema").GetProperty("items"), "max-affected=10"));
    }

    [Fact]
    public void A_column_filter_says_how_to_write_it_and_which_operators_fit_the_type()
    {
        var title = Blog.Parameter("posts", "get", "title");
        var tags = Blog.Parameter("posts", "get", "tags");

        Assert.Equal("string", title.GetProperty("schema").GetProperty("type").GetString());
        Assert.Contains("`title=operator.value`", title.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("`ilike`", title.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("`cs`", tags.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("`ilike`", tags.GetProperty("description").GetString(), StringComparison.Ordinal);
        foreach (var example in new[] { "eq.1", "not.is.null", "in.(1,2)", "fts(english).cat", "eq(any).{a,b}" })
        {
            Assert.Matches(title.GetProperty("schema").GetProperty("pattern").GetString()!, example);
        }
    }

    [Fact]
    public void Select_order_and_on_conflict_name_the_table_s_columns_embeds_and_keys()
    {
        var select = Blog.Parameter("posts", "get", "select");
        Assert.Contains("`profiles(…)`", select.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("*,profiles(*)", select.GetProperty("example").GetString());
        Assert.Equal("created_at.desc", Blog.Parameter("posts", "get", "order").GetProperty("example").GetString());
        var onConflict = Blog.Parameter("profiles", "post", "on_conflict");
        Assert.Contains("`id`, `username`", onConflict.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Range_is_a_header_of_the_first_last_form()
    {
        var range = Blog.Parameter("posts", "get", "Range");

        Assert.Equal("header", range.GetProperty("in").GetString());
        Assert.Matches(range.GetProperty("schema").GetProperty("pattern").GetString()!, "0-24");
        Assert.Matches(range.GetProperty("schema").GetProperty("pattern").GetString()!, "25-");
        Assert.DoesNotMatch(range.GetProperty("schema").GetProperty("pattern").GetString()!, "items=0-24");
        Assert.Equal(0, Blog.Parameter("posts", "get", "limit").GetProperty("schema").GetProperty("minimum").GetInt32());
    }

    [Fact]
    public void A_column_named_like_a_reserved_parameter_gets_no_filter_of_its_own()
    {
        var document = GeneratedDocument.ForYaml(TestSpecs.ReservedNames);
        var keys = document.ParameterKeys("steps", "get");

        Assert.Equal(1, keys.Count(k => k == "query:order"));
        Assert.Equal(1, keys.Count(k => k == "query:limit"));
        Assert.Contains("query:label", keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    /// <summary>Whether a token satisfies the items schema: one of the enum, or one of the anyOf alternatives.</summary>
    private static bool Accepts(JsonElement items, string token) =>
        items.TryGetProperty("anyOf", out var alternatives)
            ? alternatives.EnumerateArray().Any(alternative => Accepts(alternative, token))
            : items.TryGetProperty("enum", out var values)
                ? values.EnumerateArray().Any(v => v.GetString() == token)
                : System.Text.RegularExpressions.Regex.IsMatch(token, items.GetProperty("pattern").GetString()!);
}
