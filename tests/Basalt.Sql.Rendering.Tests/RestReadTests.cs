using Basalt.Query.Planning;
using Basalt.Sql.Rendering.Tests.Support;

namespace Basalt.Sql.Rendering.Tests;

/// <summary>Reads as the product runs them: URL and headers, the grammar, the planner, one rendered command per engine.</summary>
[Collection(RenderCollection.Name)]
public sealed class RestReadTests(RenderDatabases db)
{
    [Theory]
    [InlineData("/posts?select=id,title&id=eq.3", """[{"id":3,"title":"Bob's thoughts"}]""")]
    [InlineData("/posts?select=id,author:profiles!author_id(username),comments(count)&order=id&limit=2",
        """[{"id":1,"author":{"username":"ann"},"comments":[{"count":3}]},{"id":2,"author":{"username":"ann"},"comments":[{"count":1}]}]""")]
    [InlineData("/posts?select=id,...profiles!author_id(name:username)&status=eq.published&order=created_at.desc",
        """[{"id":5,"name":"cy"},{"id":3,"name":"bob"},{"id":1,"name":"ann"}]""")]
    [InlineData("/posts?select=id,comments!inner(body)&comments.likes=gte.3&order=id",
        """[{"id":1,"comments":[{"body":"Nice"}]},{"id":2,"comments":[{"body":"Meow"}]}]""")]
    [InlineData("/posts?select=id,comments(id)&comments=not.is.null&comments.order=id&order=id.desc",
        """[{"id":3,"comments":[{"id":5}]},{"id":2,"comments":[{"id":4}]},{"id":1,"comments":[{"id":1},{"id":2},{"id":3}]}]""")]
    [InlineData("/posts?select=id,comments!inner()&comments.author_id=eq.33333333-3333-3333-3333-333333333333", """[{"id":2}]""")]
    [InlineData("/posts?select=id,author:profiles!author_id(username)&order=author(username).desc,id&limit=3",
        """[{"id":5,"author":{"username":"cy"}},{"id":3,"author":{"username":"bob"}},{"id":4,"author":{"username":"bob"}}]""")]
    [InlineData("/comments?select=body,replies:comments(body,replies:comments(body))&parent_id=is.null&post_id=eq.1",
        """[{"body":"Nice","replies":[{"body":"Thanks","replies":[{"body":"Welcome"}]}]}]""")]
    [InlineData("/labels?select=name,posts(title,author:profiles!author_id(username))&name=eq.fun",
        """[{"name":"fun","posts":[{"title":"Ünïcödé title","author":{"username":"cy"}}]}]""")]
    [InlineData("/posts?select=lang:meta->>lang,views:meta->views,id::text&id=in.(1,2)&order=id",
        """[{"lang":"en","views":10,"id":"1"},{"lang":"fr","views":3,"id":"2"}]""")]
    [InlineData("/posts?select=status,count()&order=status", """[{"status":"draft","count":1},{"status":"published","count":3},{"status":"archived","count":1}]""")]
    [InlineData("/posts?select=id&or=(score.gt.8,and(pinned.is.false,tags.cs.{cats}))&order=id", """[{"id":2},{"id":3},{"id":4}]""")]
    [InlineData("/posts?select=id&tags=ov.{intro,cats}&title=ilike.*O*&order=id", """[{"id":1},{"id":2}]""")]
    [InlineData("/posts?select=id&created_at=gte.2026-01-03&created_at=lt.2026-01-05T00:00:00%2B00:00&order=id", """[{"id":3},{"id":4}]""")]
    [InlineData("/profiles?select=username,posts!author_id(title,comments(body))&posts.order=id.desc&posts.limit=1&posts.comments.order=id&username=eq.ann",
        """[{"username":"ann","posts":[{"title":"Second post","comments":[{"body":"Meow"}]}]}]""")]
    public async Task A_request_answers_as_PostgREST(string url, string expected)
    {
        var result = await db.RestAsync(url);
        Assert.Equal(CanonicalJson.Of(expected), CanonicalJson.Of(result.Body));
    }

    [Fact]
    public async Task A_range_and_an_exact_count()
    {
        var result = await db.RestAsync("/posts?select=id&order=id&status=neq.archived", "GET", null, ("Range", "1-2"), ("Prefer", "count=exact"));
        Assert.Equal([2, 3], Ids.Of(result));
        Assert.Equal((2, 4L), (result.Rows, result.Total));
    }

    [Fact]
    public void A_read_is_one_command()
    {
        var plan = RestPlans.Plan("/profiles?select=username,posts!author_id(title,comments(body,author:profiles(username)))");
        foreach (var dialect in new[] { db.Sqlite.Dialect, db.Postgres.Dialect })
        {
            var command = dialect.Queries.Render(plan);
            Assert.Equal(ResultShape.Document, command.Shape);
            Assert.DoesNotContain(";", command.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_wide_object_is_built_past_the_function_argument_limits()
    {
        var p = db.Plans;
        var items = Enumerable.Range(0, 120).Select(i => (OutputItem)p.Column("labels", "name", key: "k" + i)).ToArray();
        var result = await db.BothAsync(PlanBuilder.Read(p.Select("labels", items) with { Where = p.Where("labels", "id", Query.Request.FilterOperator.Eq, 1) }));
        var row = (System.Text.Json.Nodes.JsonObject)result.Array[0]!;
        Assert.Equal(120, row.Count);
        Assert.All(row, pair => Assert.Equal("news", pair.Value!.GetValue<string>()));
        Assert.Equal("k119", row.Last().Key);
    }
}
