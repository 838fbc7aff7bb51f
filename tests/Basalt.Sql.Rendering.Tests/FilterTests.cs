using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Sql.Rendering.Tests.Support;
using static Basalt.Query.Request.FilterOperator;

namespace Basalt.Sql.Rendering.Tests;

/// <summary>Every operator PostgREST has for the spec's types, with PostgreSQL's semantics on both engines.</summary>
[Collection(RenderCollection.Name)]
public sealed class FilterTests(RenderDatabases db)
{
    private static readonly PlanBuilder P = new(RenderDatabases.Schema);

    private static readonly Dictionary<string, (Predicate Where, long[] Ids)> Cases = new()
    {
        ["eq"] = (P.Where("posts", "id", Eq, 3), [3]),
        ["neq enum"] = (P.Where("posts", "status", Neq, "published"), [2, 4]),
        ["gt"] = (P.Where("posts", "score", Gt, 5), [3, 5]),
        ["gte"] = (P.Where("posts", "score", Gte, 5), [1, 3, 5]),
        ["lt"] = (P.Where("posts", "score", Lt, 5), [4]),
        ["lte"] = (P.Where("posts", "score", Lte, 5), [1, 4]),
        ["gt enum follows declaration order"] = (P.Where("posts", "status", Gt, "draft"), [1, 3, 4, 5]),
        ["lt enum follows declaration order"] = (P.Where("posts", "status", Lt, "archived"), [1, 2, 3, 5]),
        ["gt timestamptz"] = (P.Where("posts", "created_at", Gt, Seed.At("2026-01-02T10:00:00.5Z")), [3, 4, 5]),
        ["gte timestamptz with milliseconds"] = (P.Where("posts", "created_at", Gte, Seed.At("2026-01-02T10:00:00.5Z")), [2, 3, 4, 5]),
        ["eq timestamptz with microseconds"] = (P.Where("posts", "created_at", Eq, Seed.At("2026-01-03T10:00:00.123456Z")), [3]),
        ["eq timestamptz given in another offset"] = (P.Where("posts", "created_at", Eq, Seed.At("2026-01-01T12:00:00+02:00")), [1]),
        ["eq uuid"] = (P.Where("posts", "author_id", Eq, Seed.Bob), [3, 4]),
        ["eq boolean"] = (P.Where("posts", "pinned", Eq, true), [1, 5]),
        ["like is case-sensitive"] = (P.Where("posts", "title", Like, "%o%"), [1, 2, 3]),
        ["like prefix"] = (P.Where("posts", "title", Like, "A%"), [4]),
        ["like lower-case prefix finds nothing"] = (P.Where("posts", "title", Like, "a%"), []),
        ["like escaped percent"] = (P.Where("posts", "body", Like, @"%100\%%"), [3]),
        ["like escaped underscore"] = (P.Where("posts", "body", Like, @"%s\_h%"), [3]),
        ["like underscore is one character"] = (P.Where("posts", "title", Like, "Bob_s%"), [3]),
        ["like glob characters are literal"] = (P.Where("posts", "title", Like, "*%"), []),
        ["like bracket is literal"] = (P.Where("posts", "title", Like, "[B]%"), []),
        ["ilike"] = (P.Where("posts", "title", Ilike, "a%"), [4]),
        ["ilike inside"] = (P.Where("posts", "title", Ilike, "%WORLD%"), [1]),
        ["match"] = (P.Where("posts", "title", Match, "^[A-Z]{3}"), [4]),
        ["match anchored end"] = (P.Where("posts", "title", Match, "world$"), [1]),
        ["imatch"] = (P.Where("posts", "title", Imatch, "^all"), [4]),
        ["in"] = (P.Where("posts", "id", In, new object?[] { 1, 3, 5 }), [1, 3, 5]),
        ["in enum"] = (P.Where("posts", "status", In, new object?[] { "draft", "archived" }), [2, 4]),
        ["in nothing"] = (P.Where("posts", "id", In, Array.Empty<object?>()), []),
        ["is null"] = (P.Where("posts", "score", Is, IsValue.Null), [2]),
        ["is not null"] = (P.Where("posts", "score", Is, IsValue.NotNull), [1, 3, 4, 5]),
        ["is true"] = (P.Where("posts", "pinned", Is, IsValue.True), [1, 5]),
        ["is false"] = (P.Where("posts", "pinned", Is, IsValue.False), [2, 4]),
        ["is unknown"] = (P.Where("posts", "pinned", Is, IsValue.Unknown), [3]),
        ["isdistinct counts null as distinct"] = (P.Where("posts", "score", IsDistinct, 5), [2, 3, 4, 5]),
        ["isdistinct uuid"] = (P.Where("posts", "editor_id", IsDistinct, Seed.Ann), [1, 2, 4, 5]),
        ["cs array"] = (P.Where("posts", "tags", Cs, new object?[] { "cats" }), [2, 4]),
        ["cs array of two"] = (P.Where("posts", "tags", Cs, new object?[] { "cats", "hello" }), [4]),
        ["cs empty array"] = (P.Where("posts", "tags", Cs, Array.Empty<object?>()), [1, 2, 3, 4, 5]),
        ["cd array"] = (P.Where("posts", "tags", Cd, new object?[] { "cats" }), [2, 3, 5]),
        ["cd array of three"] = (P.Where("posts", "tags", Cd, new object?[] { "cats", "hello", "intro" }), [1, 2, 3, 4, 5]),
        ["ov array"] = (P.Where("posts", "tags", Ov, new object?[] { "hello", "nope" }), [1, 4]),
        ["cs jsonb"] = (P.Where("posts", "meta", Cs, """{"lang":"en"}"""), [1]),
        ["cs jsonb nested"] = (P.Where("posts", "meta", Cs, """{"flags":{"pinned":true}}"""), [1]),
        ["cs jsonb array element"] = (P.Where("posts", "meta", Cs, """{"list":[3,1]}"""), [3]),
        ["cd jsonb"] = (P.Where("posts", "meta", Cd, """{"views":7,"x":1}"""), [4, 5]),
        ["eq any"] = (P.Where("posts", "id", Eq, new object?[] { 1, 2 }, Quantifier.Any), [1, 2]),
        ["like any"] = (P.Where("posts", "title", Like, new object?[] { "Hello%", "Second%" }, Quantifier.Any), [1, 2]),
        ["gt all"] = (P.Where("posts", "score", Gt, new object?[] { 1, 4 }, Quantifier.All), [1, 3, 5]),
        ["ilike all"] = (P.Where("posts", "title", Ilike, new object?[] { "%o%", "%S%" }, Quantifier.All), [2, 3]),
        ["not"] = (new NotPredicate(P.Where("posts", "status", Eq, "published")), [2, 4]),
        ["not keeps unknown out"] = (new NotPredicate(P.Where("posts", "score", Gt, 5)), [1, 4]),
        ["not cs keeps null out"] = (new NotPredicate(P.Where("posts", "tags", Cs, new object?[] { "cats" })), [1, 3, 5]),
        ["or"] = (new OrPredicate([P.Where("posts", "id", Eq, 1), P.Where("posts", "id", Eq, 2)]), [1, 2]),
        ["and inside or"] = (new OrPredicate([
            new AndPredicate([P.Where("posts", "status", Eq, "published"), P.Where("posts", "score", Gt, 6)]),
            P.Where("posts", "id", Eq, 2)]), [2, 3, 5]),
        ["empty and is true"] = (new AndPredicate([]), [1, 2, 3, 4, 5]),
        ["empty or is false"] = (new OrPredicate([]), []),
        ["json text path"] = (P.Where("posts", "meta", Eq, "en", path: "->>lang"), [1]),
        ["json path to a jsonb value"] = (P.Where("posts", "meta", Eq, "10", path: "->views"), [1]),
        ["json nested boolean as text"] = (P.Where("posts", "meta", Eq, "true", path: "->flags->>pinned"), [1]),
        ["json array index"] = (P.Where("posts", "meta", Eq, "1", path: "->list->0"), [3]),
        ["json negative index"] = (P.Where("posts", "meta", Eq, "3", path: "->list->>-1"), [3]),
        ["json text compares as text"] = (P.Where("posts", "meta", Gt, "5", path: "->>views"), [5]),
        ["json missing key is null"] = (P.Where("posts", "meta", Is, IsValue.Null, path: "->>lang"), [3, 4, 5]),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Operator_selects_the_same_rows_as_PostgreSQL(string name)
    {
        var (where, expected) = Cases[name];
        var root = P.Select("posts", P.Column("posts", "id")) with { Where = where, Order = [P.Asc("posts", "id")] };
        var result = await db.BothAsync(PlanBuilder.Read(root));
        Assert.Equal(expected, Ids.Of(result));
    }
}
