using System.Text;
using Basalt.Rest.Tests.Support;
using CsCheck;

namespace Basalt.Rest.Tests.Robustness;

/// <summary>
/// Generators of requests against the library schema: mostly well-formed pieces of PostgREST's grammar (real and
/// misspelt tables and columns, every operator, embeds, preferences, representations) combined at random, then
/// mutated character by character, with random headers and bodies, so the samples reach the planner, the renderers and
/// the database rather than stopping at the parser.
/// </summary>
internal static class FuzzRequests
{
    private static readonly string[] Tables = ["books", "authors", "reviews", "genres", "bookz", "auth.users", "", "books%20", "_basalt_migrations"];

    private static readonly string[] Columns = ["id", "title", "pages", "status", "tags", "featured", "author_id", "genre_id", "name", "born", "stars", "body", "parent_id", "nope", "*"];

    private static readonly string[] Operators =
        ["eq", "neq", "gt", "gte", "lt", "lte", "like", "ilike", "match", "imatch", "in", "is", "isdistinct", "cs", "cd", "ov", "sl", "fts", "plfts", "phfts", "wfts",
         "not.eq", "not.in", "eq(any)", "like(all)", "nope"];

    private static readonly string[] Values =
        ["1", "0", "-1", "abc", "null", "true", "unknown", "{a,b}", "{}", "(1,2)", "(\"a,b\",c)", "2020-01-01", "1990-12-31T10:00:00Z", "1e309", "9223372036854775808",
         "", "%", "*a*", "\"quoted\"", "\\", "'", "é", "draft", "published", "[1]", "{\"k\":1}", "a:b", "NaN", "-0", "00:00"];

    private static readonly string[] Selects =
        ["*", "id,title", "title,author:authors(name)", "name,books(title,reviews(stars))", "id,reviews(count)", "title,reviews!inner(stars)", "...authors(name)",
         "id::text,pages::numeric", "tags->0", "body->>x", "count()", "stars.sum(),book_id", "name,books!books_author_id_fkey(id)", "a,", "title,genres(name,genres(name))"];

    private static readonly string[] Prefers =
        ["return=representation", "return=minimal", "return=headers-only", "count=exact", "count=planned", "count=estimated", "tx=rollback", "tx=commit",
         "handling=strict", "handling=lenient", "max-affected=1", "max-affected=0", "resolution=merge-duplicates", "resolution=ignore-duplicates",
         "missing=default", "missing=null", "timezone=UTC", "params=single-object", "x"];

    private static readonly string[] Accepts =
        ["application/json", "application/vnd.pgrst.object+json", "text/csv", "application/vnd.pgrst.array+json;nulls=stripped", "*/*", "application/geo+json",
         "text/html", "application/vnd.pgrst.object+json;nulls=stripped", "application/json;q=0, text/csv;q=0.5"];

    private static readonly string[] Bodies =
        ["""{"title":"t","author_id":1}""", """[{"name":"a"},{"name":"b"}]""", """{"pages":"abc"}""", """{"stars":9,"book_id":1}""", """{"nope":1}""",
         """[{"name":"ann"}]""", """{"tags":"not an array","author_id":1,"title":"x"}""", """{"born":"2020-13-45","name":"x"}""", """[]""", """{}""",
         """{"id":1,"name":"zed","born":null}""", """{"featured":"yes"}""", "name,born\nq,NULL", "not json", """{"title":null}""", """{"parent_id":99,"name":"g"}""",
         """{"status":"gone"}""", """{"pages":1e400}""", """{"id":"x"}"""];

    // Filters and pages that fit the library's columns, so that most samples reach the database.
    private static readonly string[] GoodFilters =
        ["id=eq.1", "id=in.(1,2,3)", "pages=gt.100", "pages=is.null", "title=like.*a*", "title=ilike.*N*", "status=eq.published", "tags=cs.{city}",
         "featured=is.true", "name=eq.ann", "stars=gte.3", "born=lt.1980-01-01", "or=(pages.lt.150,featured.is.true)", "not.and=(id.gt.1,id.lt.4)",
         "title=fts.night", "id=neq.2", "order=id.desc", "order=pages.desc.nullslast", "limit=2", "offset=1", "books.order=id", "reviews.limit=1"];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (3, Gen.Select(Gen.OneOf(Selects), s => "select=" + s)),
        (5, Gen.OneOf(GoodFilters)),
        (2, Gen.Select(Gen.OneOf(Columns), Gen.OneOf(Operators), Gen.OneOf(Values), (c, o, v) => $"{c}={o}.{v}")),
        (1, Gen.Select(Gen.OneOf(Columns), Gen.OneOf(Columns), (a, b) => $"or=({a}.eq.1,{b}.is.null)")),
        (1, Gen.Select(Gen.OneOf(Columns), Gen.OneOf("", ".asc", ".desc", ".desc.nullslast", ".nullsfirst", ".x"), (c, d) => $"order={c}{d}")),
        (1, Gen.Select(Gen.OneOf("limit", "offset", "books.limit", "reviews.order"), Gen.OneOf("0", "1", "2", "-1", "x", "99999999999999999999", "id.desc"), (k, v) => $"{k}={v}")),
        (1, Gen.Select(Gen.OneOf("columns", "on_conflict"), Gen.OneOf(Columns), (k, c) => $"{k}={c}")));

    // Most queries stay well formed so they reach the database; a third are mutated to test the grammar's edges.
    private static readonly Gen<string> Query = Gen.Select(Piece.Array[0, 4], Gen.Frequency((6, Gen.Const(0)), (3, Gen.Int[1, 3])), Gen.Char["&=.,()!:*\"\\{}%+ é0aZ"].Array[0, 4], Gen.Int[0, 400],
        (pieces, mutations, chars, at) =>
        {
            var text = string.Join("&", pieces);
            for (var i = 0; i < mutations && text.Length > 0; i++)
            {
                var position = (at * (i + 1)) % (text.Length + 1);
                text = text[..position] + new string(chars) + text[Math.Min(text.Length, position + i)..];
            }
            return text;
        });

    private static readonly Gen<KeyValuePair<string, string>> Header = Gen.Frequency(
        (6, Gen.Select(Gen.OneOf(Prefers).Array[1, 4], p => new KeyValuePair<string, string>("Prefer", string.Join(", ", p)))),
        (4, Gen.Select(Gen.OneOf(Accepts), a => new KeyValuePair<string, string>("Accept", a))),
        (2, Gen.Select(Gen.OneOf("0-1", "1-", "5-2", "x", "0-99999999999999999999", "-3"), r => new KeyValuePair<string, string>("Range", r))),
        (1, Gen.Select(Gen.OneOf("public", "public", "private", ""), p => new KeyValuePair<string, string>("Accept-Profile", p))),
        (1, Gen.Select(Gen.OneOf("public", "public", "x"), p => new KeyValuePair<string, string>("Content-Profile", p))),
        (1, Gen.Select(Gen.Char["ab=;,. "].Array[0, 12], c => new KeyValuePair<string, string>("Prefer", new string(c)))));

    private static readonly Gen<string> Token = Gen.Frequency(
        (12, Gen.Const("service")),
        (1, Gen.Const(TestTokens.Anon())),
        (1, Gen.Const(TestTokens.Authenticated())),
        (1, Gen.OneOf("", "a.b.c", TestTokens.Sign(new { role = "service_role" }, TestTokens.OtherSecret))));

    private static readonly Gen<byte[]> Body = Gen.OneOf(
        Gen.Select(Gen.OneOf(Bodies), b => Encoding.UTF8.GetBytes(b)),
        Gen.Select(Gen.OneOf(Bodies), Gen.Int[0, 40], Gen.Char["{}[]\",:\\0a tnul-9e"].Array[0, 5],
            (b, at, c) => Encoding.UTF8.GetBytes(b[..Math.Min(at, b.Length)] + new string(c) + b[Math.Min(at, b.Length)..])),
        Gen.Byte.Array[0, 32]);

    public static Gen<FuzzRequest> Requests { get; } = Gen.Select(
        Gen.Frequency((6, Gen.Const("GET")), (1, Gen.Const("HEAD")), (3, Gen.Const("POST")), (3, Gen.Const("PATCH")), (1, Gen.Const("PUT")),
            (1, Gen.Const("DELETE")), (1, Gen.OneOf("OPTIONS", "TRACE", "get"))),
        Gen.Frequency((8, Gen.OneOf(Tables[..4])), (1, Gen.OneOf(Tables[4..]))),
        Query, Header.Array[0, 4], Body, Token,
        Gen.Frequency((8, Gen.Const("application/json")), (1, Gen.OneOf("text/csv", "application/x-www-form-urlencoded", "text/plain"))),
        (method, table, query, headers, body, token, type) => new FuzzRequest(method, table, query,
            [.. headers, new("Content-Type", type), new("Authorization", "Bearer " + (token == "service" ? TestTokens.ServiceRole() : token))], body));
}
