using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Sql.Rendering.Tests.Support;

namespace Basalt.Sql.Rendering.Tests;

/// <summary>Embeds of every cardinality, nested, filtered, paged, inner, spread and tested for presence: one statement each.</summary>
[Collection(RenderCollection.Name)]
public sealed class EmbedTests(RenderDatabases db)
{
    private PlanBuilder P => db.Plans;

    [Fact]
    public async Task Many_to_one_is_an_object_or_null()
    {
        var root = P.Select("posts", P.Column("posts", "id"),
            P.Embed("posts", "author_id", P.Select("profiles", P.Column("profiles", "username")), key: "author"),
            P.Embed("posts", "editor_id", P.Select("profiles", P.Column("profiles", "username")), key: "editor")) with { Order = [P.Asc("posts", "id")], Limit = 2 };
        await Expect(root, """
            [{"id":1,"author":{"username":"ann"},"editor":{"username":"bob"}},{"id":2,"author":{"username":"ann"},"editor":null}]
            """);
    }

    [Fact]
    public async Task One_to_many_is_an_array_empty_when_there_are_none()
    {
        var comments = P.Select("comments", P.Column("comments", "id")) with { Order = [P.Asc("comments", "id")] };
        var root = P.Select("posts", P.Column("posts", "id"), P.Embed("posts", "comments", comments)) with { Order = [P.Asc("posts", "id")] };
        await Expect(root, """
            [{"id":1,"comments":[{"id":1},{"id":2},{"id":3}]},{"id":2,"comments":[{"id":4}]},{"id":3,"comments":[{"id":5}]},{"id":4,"comments":[]},{"id":5,"comments":[]}]
            """);
    }

    [Fact]
    public async Task An_embed_is_filtered_ordered_and_paged_on_its_own()
    {
        var comments = P.Select("comments", P.Column("comments", "body"), P.Column("comments", "likes")) with
        {
            Where = P.Where("comments", "likes", FilterOperator.Lt, 5),
            Order = [P.Desc("comments", "likes")],
            Limit = 2,
            Offset = 1,
        };
        var root = P.Select("posts", P.Column("posts", "id"), P.Embed("posts", "comments", comments)) with
        {
            Where = P.Where("posts", "id", FilterOperator.Lte, 2),
            Order = [P.Asc("posts", "id")],
        };
        await Expect(root, """[{"id":1,"comments":[{"body":"Thanks","likes":1},{"body":"Welcome","likes":0}]},{"id":2,"comments":[]}]""");
    }

    [Fact]
    public async Task Three_levels_deep_with_a_hint()
    {
        var author = P.Embed("comments", "author_id", P.Select("profiles", P.Column("profiles", "username")), key: "author");
        var comments = P.Select("comments", P.Column("comments", "body"), author) with { Order = [P.Asc("comments", "id")] };
        var posts = P.Select("posts", P.Column("posts", "title"), P.Embed("posts", "comments", comments)) with { Order = [P.Asc("posts", "id")] };
        var root = P.Select("profiles", P.Column("profiles", "username"), P.Embed("profiles", "posts", posts, hint: "author_id")) with
        {
            Where = P.Where("profiles", "username", FilterOperator.In, new object?[] { "ann", "cy" }),
            Order = [P.Asc("profiles", "username")],
        };
        await Expect(root, """
            [{"username":"ann","posts":[
                {"title":"Hello world","comments":[{"body":"Nice","author":{"username":"bob"}},{"body":"Thanks","author":{"username":"ann"}},{"body":"Welcome","author":{"username":"bob"}}]},
                {"title":"Second post","comments":[{"body":"Meow","author":{"username":"cy"}}]}]},
             {"username":"cy","posts":[{"title":"Ünïcödé title","comments":[]}]}]
            """);
    }

    [Fact]
    public async Task Self_reference_in_both_directions()
    {
        var parent = P.Embed("comments", "parent_id", P.Select("comments", P.Column("comments", "body")), key: "parent");
        var replies = P.Embed("comments", "comments", P.Select("comments", P.Column("comments", "id")), key: "replies");
        var root = P.Select("comments", P.Column("comments", "id"), parent, replies) with
        {
            Where = P.Where("comments", "post_id", FilterOperator.Eq, 1),
            Order = [P.Asc("comments", "id")],
        };
        await Expect(root, """
            [{"id":1,"parent":null,"replies":[{"id":2}]},{"id":2,"parent":{"body":"Nice"},"replies":[{"id":3}]},{"id":3,"parent":{"body":"Thanks"},"replies":[]}]
            """);
    }

    [Fact]
    public async Task Many_to_many_through_the_junction()
    {
        var labels = P.Select("labels", P.Column("labels", "name")) with { Order = [P.Desc("labels", "name")] };
        var root = P.Select("posts", P.Column("posts", "id"), P.Embed("posts", "labels", labels)) with { Order = [P.Asc("posts", "id")] };
        await Expect(root, """
            [{"id":1,"labels":[{"name":"tech"},{"name":"news"}]},{"id":2,"labels":[]},{"id":3,"labels":[{"name":"tech"}]},{"id":4,"labels":[]},{"id":5,"labels":[{"name":"fun"}]}]
            """);
    }

    [Fact]
    public async Task Many_to_many_from_the_other_side_with_a_count()
    {
        var posts = P.Select("posts", PlanBuilder.Count());
        var root = P.Select("labels", P.Column("labels", "name"), P.Embed("labels", "posts", posts)) with { Order = [P.Asc("labels", "id")] };
        await Expect(root, """[{"name":"news","posts":[{"count":1}]},{"name":"tech","posts":[{"count":2}]},{"name":"fun","posts":[{"count":1}]}]""");
    }

    [Fact]
    public async Task Inner_keeps_only_parents_with_a_matching_child()
    {
        var comments = P.Select("comments", P.Column("comments", "likes")) with { Where = P.Where("comments", "likes", FilterOperator.Gte, 3) };
        var root = P.Select("posts", P.Column("posts", "id"), P.Embed("posts", "comments", comments, inner: true)) with { Order = [P.Asc("posts", "id")] };
        await Expect(root, """[{"id":1,"comments":[{"likes":3}]},{"id":2,"comments":[{"likes":5}]}]""");
    }

    [Fact]
    public async Task A_filtered_to_one_embed_is_null_unless_inner()
    {
        var ann = P.Select("profiles", P.Column("profiles", "username")) with { Where = P.Where("profiles", "username", FilterOperator.Eq, "ann") };
        var plain = P.Select("posts", P.Column("posts", "id"), P.Embed("posts", "author_id", ann, key: "author")) with { Order = [P.Asc("posts", "id")] };
        await Expect(plain, """
            [{"id":1,"author":{"username":"ann"}},{"id":2,"author":{"username":"ann"}},{"id":3,"author":null},{"id":4,"author":null},{"id":5,"author":null}]
            """);
        var inner = plain with { Items = [P.Column("posts", "id"), P.Embed("posts", "author_id", ann, key: "author", inner: true)] };
        await Expect(inner, """[{"id":1,"author":{"username":"ann"}},{"id":2,"author":{"username":"ann"}}]""");
    }

    [Fact]
    public async Task Inner_two_levels_down_filters_each_level()
    {
        var bob = P.Select("profiles", P.Column("profiles", "username")) with { Where = P.Where("profiles", "username", FilterOperator.Eq, "bob") };
        var comments = P.Select("comments", P.Column("comments", "id"), P.Embed("comments", "author_id", bob, key: "author", inner: true));
        var root = P.Select("posts", P.Column("posts", "id"), P.Embed("posts", "comments", comments, inner: true)) with { Order = [P.Asc("posts", "id")] };
        await Expect(root, """[{"id":1,"comments":[{"id":1,"author":{"username":"bob"}},{"id":3,"author":{"username":"bob"}}]}]""");
    }

    [Fact]
    public async Task Spread_merges_a_to_one_embed_into_the_parent()
    {
        var author = P.Select("profiles", P.Column("profiles", "username"), P.Column("profiles", "bio", key: "author_bio"));
        var root = P.Select("posts", P.Column("posts", "id"), P.Embed("posts", "author_id", author, spread: true),
            P.Embed("posts", "editor_id", P.Select("profiles", P.Column("profiles", "username", key: "editor")), spread: true)) with
        {
            Order = [P.Asc("posts", "id")],
            Limit = 3,
        };
        await Expect(root, """
            [{"id":1,"username":"ann","author_bio":"Writes about databases","editor":"bob"},
             {"id":2,"username":"ann","author_bio":"Writes about databases","editor":null},
             {"id":3,"username":"bob","author_bio":null,"editor":"ann"}]
            """);
    }

    [Fact]
    public async Task Spread_inside_spread_and_an_array_inside_a_spread()
    {
        var author = P.Select("profiles", P.Column("profiles", "username"));
        var post = P.Select("posts", P.Column("posts", "title"), P.Embed("posts", "author_id", author, spread: true),
            P.Embed("posts", "labels", P.Select("labels", P.Column("labels", "name")) with { Order = [P.Asc("labels", "id")] }));
        var root = P.Select("comments", P.Column("comments", "id"), P.Embed("comments", "post_id", post, spread: true)) with
        {
            Where = P.Where("comments", "id", FilterOperator.In, new object?[] { 1, 5 }),
            Order = [P.Asc("comments", "id")],
        };
        await Expect(root, """
            [{"id":1,"title":"Hello world","username":"ann","labels":[{"name":"news"},{"name":"tech"}]},
             {"id":5,"title":"Bob's thoughts","username":"bob","labels":[{"name":"tech"}]}]
            """);
    }

    [Fact]
    public async Task Embed_presence_filters_parents()
    {
        var editor = P.Embed("posts", "editor_id", P.Select("profiles", P.Column("profiles", "username")), key: "editor");
        var comments = P.Embed("posts", "comments", P.Select("comments", P.Column("comments", "id")) with { Where = P.Where("comments", "likes", FilterOperator.Gt, 1) });
        var noEditor = P.Select("posts", P.Column("posts", "id"), editor) with { Where = new EmbedPresence(editor, Present: false), Order = [P.Asc("posts", "id")] };
        await Expect(noEditor, """[{"id":2,"editor":null},{"id":4,"editor":null},{"id":5,"editor":null}]""");
        var liked = P.Select("posts", P.Column("posts", "id"), comments) with
        {
            Where = new OrPredicate([new EmbedPresence(comments, Present: true), P.Where("posts", "id", FilterOperator.Eq, 5)]),
            Order = [P.Asc("posts", "id")],
        };
        await Expect(liked, """[{"id":1,"comments":[{"id":1}]},{"id":2,"comments":[{"id":4}]},{"id":3,"comments":[{"id":5}]},{"id":5,"comments":[]}]""");
    }

    [Fact]
    public async Task Count_of_an_embed_per_parent()
    {
        var root = P.Select("posts", P.Column("posts", "id"), P.Embed("posts", "comments", P.Select("comments", PlanBuilder.Count()))) with
        {
            Order = [P.Asc("posts", "id")],
            Limit = 3,
        };
        await Expect(root, """[{"id":1,"comments":[{"count":3}]},{"id":2,"comments":[{"count":1}]},{"id":3,"comments":[{"count":1}]}]""");
    }

    [Fact]
    public async Task Star_with_embeds_and_a_to_one_inside_a_to_many()
    {
        var author = P.Embed("comments", "author_id", P.Select("profiles", P.Column("profiles", "username")), key: "by");
        var comments = P.Select("comments", P.Column("comments", "id"), author) with
        {
            Where = P.Where("comments", "parent_id", FilterOperator.Is, IsValue.Null),
        };
        var root = P.Star("labels", P.Embed("labels", "posts", P.Select("posts", P.Column("posts", "id"), P.Embed("posts", "comments", comments)) with { Order = [P.Asc("posts", "id")] })) with
        {
            Where = P.Where("labels", "name", FilterOperator.Eq, "tech"),
        };
        await Expect(root, """
            [{"id":2,"name":"tech","posts":[{"id":1,"comments":[{"id":1,"by":{"username":"bob"}}]},{"id":3,"comments":[{"id":5,"by":{"username":"ann"}}]}]}]
            """);
    }

    private async Task Expect(SelectNode root, string expected)
    {
        var result = await db.BothAsync(PlanBuilder.Read(root));
        Assert.Equal(CanonicalJson.Of(expected), CanonicalJson.Of(result.Body));
    }
}
