using Basalt.Query.Request;
using Basalt.Sql.Rendering.Tests.Support;

namespace Basalt.Sql.Rendering.Tests;

/// <summary>Columns, aliases, order, pages and counts of one level, on both engines.</summary>
[Collection(RenderCollection.Name)]
public sealed class ReadTests(RenderDatabases db)
{
    private PlanBuilder P => db.Plans;

    [Fact]
    public async Task Columns_come_back_as_objects_in_key_order_with_aliases()
    {
        var root = P.Select("posts", P.Column("posts", "id"), P.Column("posts", "title", key: "headline")) with
        {
            Order = [P.Asc("posts", "id")],
            Limit = 2,
        };
        var result = await db.BothAsync(PlanBuilder.Read(root));
        Assert.Equal("""[{"id":1,"headline":"Hello world"},{"id":2,"headline":"Second post"}]""", result.Body!.ToJsonString());
        Assert.Equal(2, result.Rows);
        Assert.Null(result.Total);
        Assert.Null(result.Keys);
    }

    [Fact]
    public async Task No_row_is_an_empty_array()
    {
        var root = P.Select("posts", P.Column("posts", "id")) with { Where = P.Where("posts", "id", FilterOperator.Eq, 99) };
        var result = await db.BothAsync(PlanBuilder.Read(root, PreferCount.Exact));
        Assert.Equal("[]", result.Body!.ToJsonString());
        Assert.Equal((0, 0L), (result.Rows, result.Total));
    }

    [Fact]
    public async Task An_empty_select_gives_empty_objects()
    {
        var root = P.Select("labels") with { Order = [P.Asc("labels", "id")] };
        var result = await db.BothAsync(PlanBuilder.Read(root));
        Assert.Equal("[{},{},{}]", result.Body!.ToJsonString());
    }

    [Theory]
    [InlineData("score desc nullsfirst", new long[] { 2, 3, 5, 1, 4 })]
    [InlineData("score asc nullslast", new long[] { 4, 1, 5, 3, 2 })]
    [InlineData("score asc nullsfirst", new long[] { 2, 4, 1, 5, 3 })]
    [InlineData("score desc nullslast", new long[] { 3, 5, 1, 4, 2 })]
    [InlineData("status asc, id desc", new long[] { 2, 5, 3, 1, 4 })]
    [InlineData("title asc", new long[] { 4, 3, 1, 2, 5 })]
    [InlineData("created_at desc", new long[] { 5, 4, 3, 2, 1 })]
    [InlineData("pinned asc nullsfirst, id asc", new long[] { 3, 2, 4, 1, 5 })]
    [InlineData("meta->>lang asc nullslast, id asc", new long[] { 1, 2, 3, 4, 5 })]
    [InlineData("meta->>lang desc nullsfirst, id asc", new long[] { 3, 4, 5, 2, 1 })]
    [InlineData("meta->views desc nullslast, id asc", new long[] { 1, 5, 2, 3, 4 })]
    public async Task Order_follows_PostgreSQL(string order, long[] expected)
    {
        var keys = order.Split(", ").Select(term =>
        {
            var parts = term.Split(' ');
            var column = parts[0];
            string? path = null;
            if (column.IndexOf('-', StringComparison.Ordinal) is var arrow and > 0)
            {
                path = column[arrow..];
                column = column[..arrow];
            }
            var desc = parts[1] == "desc";
            var nulls = parts.Length > 2 ? (parts[2] == "nullsfirst" ? NullsOrder.First : NullsOrder.Last) : desc ? NullsOrder.First : NullsOrder.Last;
            return desc ? P.Desc("posts", column, nulls, path: path) : P.Asc("posts", column, nulls, path: path);
        }).ToArray();
        var root = P.Select("posts", P.Column("posts", "id")) with { Order = keys };
        Assert.Equal(expected, Ids.Of(await db.BothAsync(PlanBuilder.Read(root))));
    }

    [Fact]
    public async Task Order_by_a_to_one_embed_column()
    {
        var author = P.Embed("posts", "author_id", P.Select("profiles", P.Column("profiles", "username")), key: "author");
        var root = P.Select("posts", P.Column("posts", "id"), author) with
        {
            Order = [P.Desc("profiles", "username", via: author), P.Asc("posts", "id")],
        };
        var ids = Ids.Of(await db.BothAsync(PlanBuilder.Read(root)));
        Assert.Equal([5, 3, 4, 1, 2], ids);
    }

    [Fact]
    public async Task Order_by_a_to_one_embed_column_that_is_not_selected_and_may_be_null()
    {
        var editor = P.Embed("posts", "editor_id", P.Select("profiles"), key: "editor");
        var root = P.Select("posts", P.Column("posts", "id")) with
        {
            Order = [P.Asc("profiles", "username", NullsOrder.First, via: editor), P.Desc("posts", "id")],
        };
        var ids = Ids.Of(await db.BothAsync(PlanBuilder.Read(root)));
        Assert.Equal([5, 4, 2, 3, 1], ids);
    }

    [Theory]
    [InlineData(2L, 1L, new long[] { 2, 3 })]
    [InlineData(null, 3L, new long[] { 4, 5 })]
    [InlineData(0L, 0L, new long[0])]
    [InlineData(10L, 4L, new long[] { 5 })]
    [InlineData(3L, 10L, new long[0])]
    public async Task Limit_and_offset_page_the_ordered_rows(long? limit, long offset, long[] expected)
    {
        var root = P.Select("posts", P.Column("posts", "id")) with { Order = [P.Asc("posts", "id")], Limit = limit, Offset = offset };
        var result = await db.BothAsync(PlanBuilder.Read(root, PreferCount.Exact));
        Assert.Equal(expected, Ids.Of(result));
        Assert.Equal(expected.Length, result.Rows);
        Assert.Equal(5, result.Total);
    }

    [Theory]
    [InlineData(PreferCount.Exact)]
    [InlineData(PreferCount.Planned)]
    [InlineData(PreferCount.Estimated)]
    public async Task Count_is_the_filtered_rows_without_the_page(PreferCount count)
    {
        var root = P.Select("posts", P.Column("posts", "id")) with
        {
            Where = P.Where("posts", "status", FilterOperator.Eq, "published"),
            Order = [P.Desc("posts", "id")],
            Limit = 1,
        };
        var result = await db.BothAsync(PlanBuilder.Read(root, count));
        Assert.Equal([5], Ids.Of(result));
        Assert.Equal((1, 3L), (result.Rows, result.Total));
    }

    [Fact]
    public async Task Count_honours_inner_embeds()
    {
        var comments = P.Embed("posts", "comments", P.Select("comments", P.Column("comments", "id")), inner: true);
        var root = P.Select("posts", P.Column("posts", "id"), comments) with { Order = [P.Asc("posts", "id")], Limit = 1 };
        var result = await db.BothAsync(PlanBuilder.Read(root, PreferCount.Exact));
        Assert.Equal([1], Ids.Of(result));
        Assert.Equal(3, result.Total);
    }
}
