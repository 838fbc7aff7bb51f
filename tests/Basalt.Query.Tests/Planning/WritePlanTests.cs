namespace Basalt.Query.Tests.Planning;

/// <summary>POST, PUT, PATCH and DELETE planned on the blog and shop schemas.</summary>
public sealed class WritePlanTests
{
    private static readonly (string, string) Json = ("Content-Type", "application/json");
    private const string User = "6f1c2b9e-0d4a-4c1e-9a57-3c8f2e1d0b4a";

    [Theory]
    [InlineData("/posts", "{\"title\":\"a\"}", null, $"insert posts(title,author_id) values ('a'::text, {User}::uuid) return minimal")]
    [InlineData("/posts", "[{\"title\":\"a\",\"tags\":[\"x\",null]},{\"title\":\"b\",\"tags\":\"{y}\"}]", null,
        $"insert posts(title,tags,author_id) values ('a'::text, {{x,null}}::text[], {User}::uuid) ('b'::text, {{y}}::text[], {User}::uuid) return minimal")]
    [InlineData("/posts?columns=title,body", "[{\"title\":\"a\"},{\"title\":\"b\",\"body\":\"c\",\"extra\":1}]", "missing=default",
        $"insert posts(title,body,author_id) values ('a'::text, default, {User}::uuid) ('b'::text, 'c'::text, {User}::uuid) return minimal")]
    [InlineData("/posts?columns=title,body", "[{\"title\":\"a\"}]", null, $"insert posts(title,body,author_id) values ('a'::text, null::text, {User}::uuid) return minimal")]
    [InlineData("/posts?select=id,title", "{\"title\":\"a\",\"author_id\":null}", "return=representation", "insert posts(title,author_id) values ('a'::text, null::uuid) return representation posts{id,title}")]
    [InlineData("/posts", "{\"title\":\"a\"}", "return=headers-only", $"insert posts(title,author_id) values ('a'::text, {User}::uuid) return headersonly keys")]
    [InlineData("/posts", "{\"id\":1,\"title\":\"a\"}", "resolution=merge-duplicates", $"insert posts(id,title,author_id) values (1::bigint, 'a'::text, {User}::uuid) on conflict (id) merge return minimal")]
    [InlineData("/profiles?on_conflict=username", "{\"id\":\"" + User + "\",\"username\":\"ann\"}", "resolution=ignore-duplicates", $"insert profiles(id,username) values ({User}::uuid, 'ann'::text) on conflict (username) ignore return minimal")]
    [InlineData("/posts", "{\"title\":\"a\"}", "tx=rollback, handling=strict, max-affected=1", $"insert posts(title,author_id) values ('a'::text, {User}::uuid) return minimal max-affected 1 rollback")]
    public void Plans_inserts(string url, string body, string? prefer, string expected)
    {
        var headers = prefer is null ? new[] { Json } : [Json, ("Prefer", prefer)];
        Assert.Equal(expected, Plans.Print(PlanningSchemas.Blog, url, "POST", body, headers));
    }

    [Fact]
    public void Reads_a_csv_body_with_null_fields()
    {
        var printed = Plans.Print(PlanningSchemas.Blog, "/comments", "POST", "post_id,body,parent_id\n1,hello,NULL\n2,\"a,b\",3", ("Content-Type", "text/csv"));
        Assert.Equal($"insert comments(post_id,body,parent_id,author_id) values (1::bigint, 'hello'::text, null::bigint, {User}::uuid) (2::bigint, 'a,b'::text, 3::bigint, {User}::uuid) return minimal", printed);
    }

    [Fact]
    public void Plans_put_as_a_primary_key_upsert()
    {
        var printed = Plans.Print(PlanningSchemas.Blog, "/posts?id=eq.7", "PUT", "{\"id\":7,\"title\":\"t\",\"author_id\":\"" + User + "\"}", Json);
        Assert.Equal($"insert posts(id,title,author_id) values (7::bigint, 't'::text, {User}::uuid) on conflict (id) merge return minimal", printed);
    }

    [Theory]
    [InlineData("PATCH", "/posts?id=eq.1", "{\"title\":\"new\"}", null, "update posts set title = 'new'::text where id eq 1::bigint return minimal")]
    [InlineData("PATCH", "/posts?status=eq.draft&order=id&limit=2", "{\"status\":\"published\"}", "return=representation",
        "update posts set status = 'published'::enum where status eq 'draft'::enum order id asc nulls last limit 2 return representation posts{id,author_id,title,body,status,tags,created_at}")]
    [InlineData("DELETE", "/posts?id=in.(1,2)", null, null, "delete posts where id in (1::bigint, 2::bigint) return minimal")]
    [InlineData("DELETE", "/posts?order=id&limit=2&offset=1", null, null, "delete posts order id asc nulls last limit 2 offset 1 return minimal")]
    [InlineData("DELETE", "/posts?select=id,comments(id)&id=eq.1", null, "return=representation", "delete posts where id eq 1::bigint return representation posts{id,comments:comments(o2m comments_post_id_fkey){id}}")]
    public void Plans_updates_and_deletes(string method, string url, string? body, string? prefer, string expected)
    {
        var headers = prefer is null ? new[] { Json } : [Json, ("Prefer", prefer)];
        Assert.Equal(expected, Plans.Print(PlanningSchemas.Blog, url, method, body, headers));
    }

    [Theory]
    [InlineData("{\"price\":\"12.345\"}", "12.35::numeric")]
    [InlineData("{\"price\":7}", "7::numeric")]
    [InlineData("{\"attributes\":{\"b\": [1, 2]}}", "'{\"b\":[1,2]}'::jsonb")]
    [InlineData("{\"attributes\":\"text\"}", "'\"text\"'::jsonb")]
    [InlineData("{\"stock\":\"  42 \"}", "42::integer")]
    public void Types_body_values_as_postgresql_reads_them(string body, string expected)
    {
        var printed = Plans.Print(PlanningSchemas.Shop, "/products?id=eq.1", "PATCH", body, Json);
        Assert.Contains(" = " + expected + " where", printed, StringComparison.Ordinal);
    }
}
