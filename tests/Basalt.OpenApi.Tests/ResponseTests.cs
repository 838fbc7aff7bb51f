using System.Text.Json;

namespace Basalt.OpenApi.Tests;

public sealed class ResponseTests
{
    private static readonly GeneratedDocument Blog = GeneratedDocument.ForExample("blog");

    [Theory]
    [InlineData("get", "200,206,300,400,401,403,404,406,414,416,500,503")]
    [InlineData("head", "200,206,300,400,401,403,404,406,414,416,500,503")]
    [InlineData("post", "200,201,300,400,401,403,404,406,409,413,414,500,503")]
    [InlineData("patch", "200,204,300,400,401,403,404,406,409,413,414,500,503")]
    [InlineData("put", "200,201,204,300,400,401,403,404,406,409,413,414,500,503")]
    [InlineData("delete", "200,204,300,400,401,403,404,406,409,414,500,503")]
    public void Each_verb_lists_the_statuses_the_rest_api_answers_with(string verb, string statuses)
    {
        var responses = Blog.Operation("comments", verb).GetProperty("responses");

        Assert.Equal(statuses.Split(','), responses.EnumerateObject().Select(r => r.Name));
    }

    [Fact]
    public void Errors_have_postgrest_s_body_and_name_their_codes()
    {
        var error = Blog.Schema("Error");
        Assert.Equal(["code", "details", "hint", "message"], error.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["code", "message"], GeneratedDocument.Strings(error.GetProperty("required")));
        Assert.Contains("null", GeneratedDocument.Types(error.GetProperty("properties").GetProperty("hint")));
        Assert.Contains("array", GeneratedDocument.Types(error.GetProperty("properties").GetProperty("details")));

        foreach (var status in new[] { "400", "401", "403", "404", "406", "409", "413", "414", "416", "500", "503" })
        {
            var response = Blog.Resolve(Blog.Operation("posts", status is "416" ? "get" : "post").GetProperty("responses").TryGetProperty(status, out var r) ? r
                : Blog.Operation("posts", "get").GetProperty("responses").GetProperty(status));
            var schema = response.GetProperty("content").GetProperty("application/json").GetProperty("schema");
            Assert.Equal("#/components/schemas/Error", schema.GetProperty("$ref").GetString());
        }
        Assert.Contains("`PGRST103`", Blog.Components("responses", "error.416").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("`23505`", Blog.Components("responses", "error.409").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("`PGRST116`", Blog.Components("responses", "error.406").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("`PGRST302`", Blog.Components("responses", "error.401").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("`PGRST000`", Blog.Components("responses", "error.503").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_grammar_error_of_the_catalogue_is_described_under_its_status()
    {
        foreach (var entry in Basalt.Query.Request.RequestErrorCatalogue.Entries.Where(e => e.Status != 405))
        {
            var description = Blog.Components("responses", $"error.{entry.Status}").GetProperty("description").GetString();
            Assert.Contains($"`{entry.Code}`", description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Reads_return_rows_as_an_array_one_object_or_csv_with_content_range()
    {
        foreach (var status in new[] { "200", "206" })
        {
            var response = Blog.Operation("posts", "get").GetProperty("responses").GetProperty(status);
            var content = response.GetProperty("content");
            Assert.Equal(["application/json", "application/vnd.pgrst.object+json", "text/csv"], content.EnumerateObject().Select(c => c.Name));
            var array = content.GetProperty("application/json").GetProperty("schema");
            Assert.Equal("array", array.GetProperty("type").GetString());
            Assert.Equal("#/components/schemas/posts", array.GetProperty("items").GetProperty("$ref").GetString());
            Assert.Equal("#/components/schemas/posts", content.GetProperty("application/vnd.pgrst.object+json").GetProperty("schema").GetProperty("$ref").GetString());
            Assert.True(response.GetProperty("headers").TryGetProperty("Content-Range", out _));
        }
        var range = Blog.Components("headers", "Content-Range").GetProperty("schema").GetProperty("pattern").GetString()!;
        Assert.Matches(range, "0-24/3573");
        Assert.Matches(range, "*/0");
        Assert.Matches(range, "0-9/*");
    }

    [Fact]
    public void Head_responses_and_minimal_writes_have_no_body()
    {
        foreach (var (verb, status) in new[] { ("head", "200"), ("head", "206"), ("head", "404"), ("patch", "204"), ("delete", "204") })
        {
            var response = Blog.Resolve(Blog.Operation("posts", verb).GetProperty("responses").GetProperty(status));
            Assert.False(response.TryGetProperty("content", out _), $"{verb} {status}");
        }
        var created = Blog.Operation("posts", "post").GetProperty("responses").GetProperty("201");
        Assert.True(created.GetProperty("headers").TryGetProperty("Location", out _));
    }

    [Fact]
    public void Post_takes_one_row_an_array_csv_or_a_form_and_patch_and_put_one_row()
    {
        var post = Blog.Resolve(Blog.Operation("posts", "post").GetProperty("requestBody"));
        Assert.True(post.GetProperty("required").GetBoolean());
        var json = post.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("oneOf");
        Assert.Equal("#/components/schemas/posts.insert", json[0].GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/posts.insert", json[1].GetProperty("items").GetProperty("$ref").GetString());
        Assert.True(post.GetProperty("content").TryGetProperty("text/csv", out _));
        Assert.True(post.GetProperty("content").TryGetProperty("application/x-www-form-urlencoded", out _));

        var patch = Blog.Resolve(Blog.Operation("posts", "patch").GetProperty("requestBody"));
        Assert.Equal("#/components/schemas/posts.update", patch.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var put = Blog.Resolve(Blog.Operation("posts", "put").GetProperty("requestBody"));
        Assert.Equal("#/components/schemas/posts.replace", put.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.False(Blog.Operation("posts", "get").TryGetProperty("requestBody", out _));
        Assert.False(Blog.Operation("posts", "delete").TryGetProperty("requestBody", out _));
    }
}
