using Basalt.Query.Planning;

namespace Basalt.Sql.Rendering.Tests.Support;

/// <summary>
/// The rows every read test sees. Ids of identity columns are left to the database (1, 2, … in insert order on both
/// engines), so later inserts in write tests do not collide with them.
/// </summary>
public static class Seed
{
    public static readonly Guid Ann = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid Bob = Guid.Parse("22222222-2222-2222-2222-222222222222");
    public static readonly Guid Cy = Guid.Parse("33333333-3333-3333-3333-333333333333");

    public static IEnumerable<QueryPlan> Inserts(PlanBuilder p)
    {
        yield return p.Insert("profiles", ["id", "username", "bio"],
        [
            [Ann, "ann", "Writes about databases"],
            [Bob, "bob", null],
            [Cy, "cy", "Quiet"],
        ]);
        yield return p.Insert("posts", ["author_id", "editor_id", "title", "body", "status", "tags", "meta", "score", "pinned", "created_at"],
        [
            [Ann, Bob, "Hello world", "The quick brown fox jumps over the lazy dog", "published", new object?[] { "intro", "hello" },
                """{"views":10,"lang":"en","flags":{"pinned":true}}""", 5, true, At("2026-01-01T10:00:00Z")],
            [Ann, null, "Second post", "Cats are running in the gardens", "draft", new object?[] { "cats" },
                """{"views":3,"lang":"fr"}""", null, false, At("2026-01-02T10:00:00.5Z")],
            [Bob, Ann, "Bob's thoughts", "Thinking about 100% of things_here", "published", Array.Empty<object?>(),
                """{"views":0,"list":[1,2,3]}""", 9, null, At("2026-01-03T10:00:00.123456Z")],
            [Bob, null, "ALL CAPS Title", "Running runners ran quickly", "archived", new object?[] { "cats", "hello" },
                "{}", 1, false, At("2026-01-04T10:00:00Z")],
            [Cy, null, "Ünïcödé title", "Élan vital", "published", Array.Empty<object?>(), """{"views":7}""", 7, true, At("2026-01-05T10:00:00Z")],
        ]);
        yield return p.Insert("comments", ["post_id", "parent_id", "author_id", "body", "likes"],
        [
            [1, null, Bob, "Nice", 3],
            [1, 1, Ann, "Thanks", 1],
            [1, 2, Bob, "Welcome", 0],
            [2, null, Cy, "Meow", 5],
            [3, null, Ann, "Agreed", 2],
        ]);
        yield return p.Insert("labels", ["name"], [["news"], ["tech"], ["fun"]]);
        yield return p.Insert("post_labels", ["post_id", "label_id"], [[1, 1], [1, 2], [3, 2], [5, 3]]);
    }

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
}
