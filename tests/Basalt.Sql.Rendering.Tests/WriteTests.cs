using Basalt.Sql.Rendering.Tests.Support;

namespace Basalt.Sql.Rendering.Tests;

/// <summary>
/// POST, PUT, PATCH and DELETE through the product's path (URL → plan → one command), rolled back after each test.
/// Identity ids are never compared: PostgreSQL's sequences do not roll back, SQLite's do.
/// </summary>
[Collection(RenderCollection.Name)]
public sealed class WriteTests(RenderDatabases db)
{
    private const string Representation = "return=representation";
    private static readonly string Dee = "44444444-4444-4444-4444-4444444444dd";

    [Fact]
    public async Task Insert_one_row_returns_its_representation()
    {
        var result = await db.RestAsync("/labels?select=name", "POST", """{"name":"new"}""", ("Prefer", Representation));
        Assert.Equal("""[{"name":"new"}]""", result.Body!.ToJsonString());
        Assert.Equal(1, result.Rows);
    }

    [Fact]
    public async Task Insert_many_rows_in_one_statement()
    {
        var result = await db.RestAsync("/labels?select=name", "POST", """[{"name":"a"},{"name":"b"},{"name":"c"}]""", ("Prefer", Representation + ", count=exact"));
        Assert.Equal(["a", "b", "c"], result.Array.Select(o => o!["name"]!.GetValue<string>()).Order());
        Assert.Equal((3, 3L), (result.Rows, result.Total));
    }

    [Fact]
    public async Task Insert_minimal_returns_only_the_count()
    {
        var result = await db.RestAsync("/labels", "POST", """[{"name":"a"},{"name":"b"}]""");
        Assert.Null(result.Body);
        Assert.Equal(2, result.Rows);
    }

    [Fact]
    public async Task Insert_nothing_affects_no_rows()
    {
        var result = await db.RestAsync("/labels?select=name", "POST", "[]", ("Prefer", Representation));
        Assert.Equal("[]", result.Body!.ToJsonString());
        Assert.Equal(0, result.Rows);
    }

    [Fact]
    public async Task Insert_an_empty_object_is_a_row_of_defaults()
    {
        var result = await db.RestAsync("/kinds?select=t,flag,label", "POST", "{}", ("Prefer", Representation));
        Assert.Equal("""[{"t":null,"flag":true,"label":"none"}]""", result.Body!.ToJsonString());
    }

    [Fact]
    public async Task Missing_keys_take_the_column_default_with_missing_default()
    {
        var body = """[{"t":"a"},{"t":"b","label":"x","flag":false}]""";
        var result = await db.RestAsync("/kinds?select=t,flag,label&columns=t,label,flag", "POST", body, ("Prefer", Representation + ", missing=default"));
        Assert.Equal(CanonicalJson.Of("""[{"t":"a","flag":true,"label":"none"},{"t":"b","flag":false,"label":"x"}]"""),
            CanonicalJson.Of(new System.Text.Json.Nodes.JsonArray([.. result.Array.OrderBy(o => o!["t"]!.GetValue<string>()).Select(o => o!.DeepClone())])));
    }

    [Fact]
    public async Task Missing_keys_are_null_without_missing_default()
    {
        var result = await db.RestAsync("/kinds?select=t,i&columns=t,i", "POST", """[{"t":"a"}]""", ("Prefer", Representation));
        Assert.Equal("""[{"t":"a","i":null}]""", result.Body!.ToJsonString());
    }

    [Fact]
    public async Task Headers_only_returns_the_primary_keys()
    {
        var result = await db.RestAsync("/profiles", "POST", $$"""{"id":"{{Dee}}","username":"dee"}""", ("Prefer", "return=headers-only"));
        Assert.Null(result.Body);
        Assert.Equal($$"""[{"id":"{{Dee}}"}]""", result.Keys!.ToJsonString());
    }

    [Fact]
    public async Task Upsert_merge_updates_the_conflicting_row_and_inserts_the_others()
    {
        var body = $$"""[{"id":"{{Seed.Ann}}","username":"ann2","bio":"changed"},{"id":"{{Dee}}","username":"dee","bio":null}]""";
        var result = await db.RestAsync("/profiles?select=username,bio", "POST", body, ("Prefer", Representation + ", resolution=merge-duplicates"));
        Assert.Equal(["ann2:changed", "dee:"], Pairs(result));
        Assert.Equal(2, result.Rows);
    }

    [Fact]
    public async Task Upsert_ignore_leaves_the_conflicting_row_and_returns_only_the_inserted()
    {
        var body = $$"""[{"id":"{{Seed.Ann}}","username":"ann2","bio":"changed"},{"id":"{{Dee}}","username":"dee","bio":null}]""";
        var upsert = RestPlans.Plan("/profiles?select=username,bio", "POST", body, ("Prefer", Representation + ", resolution=ignore-duplicates"));
        var result = await db.BothAsync(upsert);
        Assert.Equal(["dee:"], Pairs(result));
        var after = await db.BothInOrderAsync(upsert, RestPlans.Plan("/profiles?select=username,bio&order=username"));
        Assert.Equal(["ann:Writes about databases", "bob:", "cy:Quiet", "dee:"], Pairs(after));
    }

    [Fact]
    public async Task Upsert_on_a_unique_column()
    {
        var result = await db.RestAsync("/profiles?select=username,bio&on_conflict=username", "POST", """{"username":"bob","bio":"hi"}""",
            ("Prefer", Representation + ", resolution=merge-duplicates"));
        Assert.Equal(["bob:hi"], Pairs(result));
    }

    [Fact]
    public async Task Put_replaces_one_row_by_its_key()
    {
        var result = await db.RestAsync($"/profiles?id=eq.{Seed.Cy}&select=username,bio", "PUT", $$"""{"id":"{{Seed.Cy}}","username":"cy","bio":"new"}""", ("Prefer", Representation));
        Assert.Equal(["cy:new"], Pairs(result));
    }

    [Fact]
    public async Task Patch_sets_columns_on_the_matching_rows()
    {
        var patch = RestPlans.Plan("/posts?id=eq.2&select=id,title,pinned,tags", "PATCH", """{"title":"Changed","pinned":true,"tags":["x","y"]}""", ("Prefer", Representation));
        var result = await db.BothAsync(patch);
        Assert.Equal("""[{"id":2,"title":"Changed","pinned":true,"tags":["x","y"]}]""", result.Body!.ToJsonString());
        var read = await db.BothInOrderAsync(patch, RestPlans.Plan("/posts?select=id&pinned=is.true&order=id"));
        Assert.Equal([1, 2, 5], Ids.Of(read));
    }

    [Fact]
    public async Task Patch_with_order_and_limit_touches_only_the_first_rows()
    {
        var patch = RestPlans.Plan("/comments?order=likes.desc&limit=2&select=id,body", "PATCH", """{"body":"top"}""", ("Prefer", Representation));
        var result = await db.BothAsync(patch);
        Assert.Equal([1, 4], Ids.Of(result).Order());
        var read = await db.BothInOrderAsync(patch, RestPlans.Plan("/comments?select=id&body=eq.top&order=id"));
        Assert.Equal([1, 4], Ids.Of(read));
    }

    [Fact]
    public async Task Delete_with_order_limit_and_offset_removes_that_slice()
    {
        // likes descending: 4 (5), 1 (3), 5 (2), 2 (1), 3 (0); skip one, take two.
        var delete = RestPlans.Plan("/comments?order=likes.desc&limit=2&offset=1&select=id", "DELETE", headers: ("Prefer", Representation));
        var result = await db.BothAsync(delete);
        Assert.Equal([1, 5], Ids.Of(result).Order());
        // 2 and 3 are replies under 1, removed by the cascade.
        var read = await db.BothInOrderAsync(delete, RestPlans.Plan("/comments?select=id&order=id"));
        Assert.Equal([4], Ids.Of(read));
    }

    [Fact]
    public async Task Patch_that_matches_nothing_or_sets_nothing_affects_no_rows()
    {
        var none = await db.RestAsync("/posts?id=eq.99&select=id", "PATCH", """{"title":"x"}""", ("Prefer", Representation));
        Assert.Equal(("[]", 0L), (none.Body!.ToJsonString(), none.Rows));
        var empty = await db.RestAsync("/posts?select=id", "PATCH", "{}", ("Prefer", Representation));
        Assert.Equal(("[]", 0L), (empty.Body!.ToJsonString(), empty.Rows));
    }

    [Fact]
    public async Task Delete_returns_the_deleted_rows()
    {
        var delete = RestPlans.Plan("/comments?id=eq.3&select=id,body", "DELETE", headers: ("Prefer", Representation));
        var result = await db.BothAsync(delete);
        Assert.Equal("""[{"id":3,"body":"Welcome"}]""", result.Body!.ToJsonString());
        var read = await db.BothInOrderAsync(delete, RestPlans.Plan("/comments?select=id&order=id"));
        Assert.Equal([1, 2, 4, 5], Ids.Of(read));
    }

    [Fact]
    public async Task Delete_with_order_and_limit_and_cascade()
    {
        var delete = RestPlans.Plan("/comments?order=id.asc&limit=1", "DELETE", headers: ("Prefer", "count=exact"));
        var result = await db.BothAsync(delete);
        Assert.Equal((1L, 1L), (result.Rows, result.Total));
        // Comment 1 is the parent of 2, which is the parent of 3: both go with it.
        var read = await db.BothInOrderAsync(delete, RestPlans.Plan("/comments?select=id&order=id"));
        Assert.Equal([4, 5], Ids.Of(read));
    }

    [Fact]
    public async Task A_representation_can_embed_related_rows()
    {
        var result = await db.RestAsync("/posts?id=eq.1&select=title,author:profiles!author_id(username),comments(body)&comments.order=id", "PATCH",
            """{"title":"T"}""", ("Prefer", Representation));
        Assert.Equal("""[{"title":"T","author":{"username":"ann"},"comments":[{"body":"Nice"},{"body":"Thanks"},{"body":"Welcome"}]}]""", result.Body!.ToJsonString());
    }

    [Fact]
    public async Task An_inserted_row_can_embed_its_parent()
    {
        var body = $$"""{"post_id":3,"author_id":"{{Seed.Cy}}","body":"new"}""";
        var result = await db.RestAsync("/comments?select=body,post:posts(title,author:profiles!author_id(username))", "POST", body, ("Prefer", Representation));
        Assert.Equal(CanonicalJson.Of("""[{"body":"new","post":{"title":"Bob's thoughts","author":{"username":"bob"}}}]"""), CanonicalJson.Of(result.Body));
    }

    [Fact]
    public async Task An_inner_embed_leaves_rows_out_of_the_representation_but_not_out_of_the_count()
    {
        var result = await db.RestAsync("/posts?id=in.(1,4)&select=id,comments!inner(id)&comments.order=id", "PATCH", """{"score":3}""", ("Prefer", Representation));
        Assert.Equal("""[{"id":1,"comments":[{"id":1},{"id":2},{"id":3}]}]""", result.Body!.ToJsonString());
        Assert.Equal(2, result.Rows);
    }

    [Fact]
    public async Task A_failing_row_fails_the_whole_insert()
    {
        var insert = RestPlans.Plan("/labels", "POST", """[{"name":"fresh"},{"name":"news"}]""");
        foreach (var database in new[] { db.Sqlite, db.Postgres })
        {
            var failure = await Assert.ThrowsAsync<PlanFailedException>(() => PlanExecutor.RunAsync(database, insert, commit: true));
            Assert.Equal("23505", database.Dialect.TranslateError(failure.InnerException!, RenderDatabases.Schema)?.Code);
        }
        var read = await db.RestAsync("/labels?select=name&order=id");
        Assert.Equal("""[{"name":"news"},{"name":"tech"},{"name":"fun"}]""", read.Body!.ToJsonString());
    }

    private static string[] Pairs(EngineResult result) =>
        result.Array.Select(o => $"{o!["username"]}:{o["bio"]}").Order(StringComparer.Ordinal).ToArray();
}
