namespace Basalt.Query.Tests.Planning;

/// <summary>Requests the planner refuses: PostgREST's codes, statuses, messages and hints, before any SQL runs.</summary>
public sealed class PlanErrorTests
{
    [Theory]
    [InlineData("/postz", 404, "PGRST205", "Could not find the table 'public.postz' in the schema cache", "Perhaps you meant the table 'public.posts'")]
    [InlineData("/users", 404, "PGRST205", "Could not find the table 'public.users' in the schema cache", null)]
    [InlineData("/posts?select=titel", 400, "42703", "column posts.titel does not exist", "Perhaps you meant to reference the column \"posts.title\".")]
    [InlineData("/posts?titel=eq.a", 400, "42703", "column posts.titel does not exist", "Perhaps you meant to reference the column \"posts.title\".")]
    [InlineData("/posts?order=nope", 400, "42703", "column posts.nope does not exist", null)]
    [InlineData("/posts?select=id,comments(bodi)", 400, "42703", "column comments.bodi does not exist", "Perhaps you meant to reference the column \"comments.body\".")]
    [InlineData("/posts?id=eq.abc", 400, "22P02", "invalid input syntax for type bigint: \"abc\"", null)]
    [InlineData("/posts?id=eq.99999999999999999999", 400, "22003", "value \"99999999999999999999\" is out of range for type bigint", null)]
    [InlineData("/posts?status=eq.gone", 400, "22P02", "invalid input value for enum posts_status: \"gone\"", null)]
    [InlineData("/posts?author_id=eq.not-a-uuid", 400, "22P02", "invalid input syntax for type uuid: \"not-a-uuid\"", null)]
    [InlineData("/posts?created_at=gt.yesterday", 400, "22P02", "invalid input syntax for type timestamp with time zone: \"yesterday\"", null)]
    [InlineData("/posts?id=in.(1,x)", 400, "22P02", "invalid input syntax for type bigint: \"x\"", null)]
    [InlineData("/posts?select=id,comments(id)&commentz.limit=1", 400, "PGRST108", "'commentz' is not an embedded resource in this request", "Verify that 'commentz' is included in the 'select' query parameter.")]
    [InlineData("/posts?comments.id=eq.1", 400, "PGRST108", "'comments' is not an embedded resource in this request", "Verify that 'comments' is included in the 'select' query parameter.")]
    [InlineData("/posts?select=id,comments(id)&order=comments(id)", 400, "PGRST118", "A related order on 'comments' is not possible", null)]
    [InlineData("/posts?select=id,...comments(id)", 400, "PGRST119", "A spread operation on 'comments' is not possible", null)]
    [InlineData("/posts?select=id,writers(id)", 400, "PGRST200", "Could not find a relationship between 'posts' and 'writers' in the schema cache", null)]
    [InlineData("/posts?select=id::money", 400, "42704", "type \"money\" does not exist", null)]
    [InlineData("/posts?title=fts(klingon).a", 400, "42704", "text search configuration \"klingon\" does not exist", null)]
    [InlineData("/posts?id=like.1*", 404, "42883", "operator does not exist: bigint ~~ unknown", "No operator matches the given name and argument types. You might need to add explicit type casts.")]
    [InlineData("/posts?id=sl.(1,2)", 404, "42883", "operator does not exist: bigint << unknown", "No operator matches the given name and argument types. You might need to add explicit type casts.")]
    [InlineData("/posts?title->>a=eq.1", 404, "42883", "operator does not exist: text ->> unknown", "No operator matches the given name and argument types. You might need to add explicit type casts.")]
    [InlineData("/posts?id=is.true", 400, "42804", "argument of IS TRUE must be type boolean, not type bigint", null)]
    public void Refuses_reads(string url, int status, string code, string message, string? hint)
    {
        var error = Plans.Fail(PlanningSchemas.Blog, url);
        Assert.Equal((status, code, message), (error.Status, error.Code, error.Message));
        if (hint is not null)
        {
            Assert.Equal(hint, error.Hint);
        }
    }

    [Fact]
    public void Reports_an_ambiguous_embed_with_its_candidates()
    {
        var error = Plans.Fail(PlanningSchemas.Films, "/orders?select=id,addresses(name)");
        Assert.Equal((300, "PGRST201"), (error.Status, error.Code));
        Assert.Equal(2, error.Candidates.Count);
    }

    [Theory]
    [InlineData("POST", "/posts", "{\"titel\":\"x\"}", 400, "PGRST204", "Could not find the 'titel' column of 'posts' in the schema cache")]
    [InlineData("POST", "/posts?columns=title,nope", "{\"title\":\"x\"}", 400, "PGRST204", "Could not find the 'nope' column of 'posts' in the schema cache")]
    [InlineData("POST", "/posts", "{\"title\":\"x\",\"id\":\"seven\"}", 400, "22P02", "invalid input syntax for type bigint: \"seven\"")]
    [InlineData("POST", "/posts", "{\"title\":\"x\",\"id\":1.5}", 400, "22P02", "invalid input syntax for type bigint: \"1.5\"")]
    [InlineData("POST", "/posts", "{\"title\":\"x\",\"id\":[1]}", 400, "22P02", "invalid input syntax for type bigint: \"[1]\"")]
    [InlineData("PATCH", "/posts?id=eq.1", "{\"status\":\"gone\"}", 400, "22P02", "invalid input value for enum posts_status: \"gone\"")]
    [InlineData("PATCH", "/posts?limit=1", "{\"title\":\"x\"}", 400, "PGRST109", "A 'limit' was applied without an explicit 'order'")]
    [InlineData("DELETE", "/posts?limit=1", null, 400, "PGRST109", "A 'limit' was applied without an explicit 'order'")]
    [InlineData("PUT", "/posts?id=eq.1", "{\"id\":2,\"title\":\"x\"}", 400, "PGRST115", "Payload values do not match URL in primary key column(s)")]
    [InlineData("PUT", "/posts?id=eq.1", "{\"title\":\"x\"}", 400, "PGRST115", "Payload values do not match URL in primary key column(s)")]
    [InlineData("PUT", "/posts?id=gt.1", "{\"id\":2,\"title\":\"x\"}", 405, "PGRST105", "Filters must include all and only primary key columns with 'eq' operators")]
    [InlineData("PUT", "/posts", "{\"id\":2,\"title\":\"x\"}", 405, "PGRST105", "Filters must include all and only primary key columns with 'eq' operators")]
    [InlineData("PUT", "/posts?id=eq.1", "[{\"id\":1,\"title\":\"x\"},{\"id\":1,\"title\":\"y\"}]", 400, "PGRST102", "PUT payload must contain a single row")]
    public void Refuses_writes(string method, string url, string? body, int status, string code, string message)
    {
        var error = Plans.Fail(PlanningSchemas.Blog, url, method, body, ("Content-Type", "application/json"));
        Assert.Equal((status, code, message), (error.Status, error.Code, error.Message));
    }

    [Theory]
    [InlineData("DELETE", "/posts?select=count()&id=eq.1", null)]
    [InlineData("POST", "/posts?select=status,count()", "{\"title\":\"x\"}")]
    public void Refuses_to_aggregate_the_rows_a_write_returns(string method, string url, string? body)
    {
        var error = Plans.Fail(PlanningSchemas.Blog, url, method, body, ("Content-Type", "application/json"), ("Prefer", "return=representation"));
        Assert.Equal((400, "PGRST123", "Use of aggregate functions is not allowed"), (error.Status, error.Code, error.Message));
    }

    [Fact]
    public void Refuses_an_upsert_target_that_is_not_unique()
    {
        var error = Plans.Fail(PlanningSchemas.Blog, "/posts?on_conflict=title", "POST", "{\"title\":\"x\"}", ("Content-Type", "application/json"), ("Prefer", "resolution=merge-duplicates"));
        Assert.Equal((400, "42P10"), (error.Status, error.Code));
    }
}
