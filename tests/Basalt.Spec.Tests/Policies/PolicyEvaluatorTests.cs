using System.Text.Json;
using Basalt.Spec.Policies;
using Basalt.Spec.Schema;
using static Basalt.Spec.Tests.Policies.PolicyTestSchema;

namespace Basalt.Spec.Tests.Policies;

/// <summary>The evaluator: SQL's three-valued logic, comparison rules per column kind, the caller's functions, exists.</summary>
public sealed class PolicyEvaluatorTests
{
    private static readonly Guid User = Guid.Parse("6f1c2d9e-8a4b-4c3d-9e2f-1a2b3c4d5e6f");
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly JsonElement Claims = JsonDocument.Parse(
        "{\"sub\": \"" + User + "\", \"role\": \"authenticated\", \"email\": \"a@b.c\", \"n\": 5, \"nil\": null, "
        + "\"app_metadata\": {\"tier\": \"gold\", \"roles\": [\"editor\"]}}").RootElement;

    private static readonly List<Dictionary<string, object?>> CommentRows =
    [
        new() { ["id"] = 1L, ["post_id"] = 10L, ["author_id"] = User, ["body"] = "hi" },
        new() { ["id"] = 2L, ["post_id"] = 11L, ["author_id"] = null, ["body"] = null },
    ];

    private static bool? Eval(string text, Dictionary<string, object?>? row = null, PolicyCaller? caller = null) =>
        new PolicyEvaluator(Database, caller ?? PolicyCaller.FromClaims(Claims), Now,
                t => t == Comments ? CommentRows : [])
            .Evaluate(Tree(text), row ?? Row());

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] values)
    {
        var row = Database.Find(Posts)!.Columns.ToDictionary(c => c.Name, _ => (object?)null);
        foreach (var (column, value) in values)
        {
            row[column] = value;
        }
        return row;
    }

    public static TheoryData<string, bool?> Logic => new()
    {
        // and: false wins, then unknown.
        { "true and true", true }, { "true and false", false }, { "true and null", null },
        { "false and null", false }, { "null and false", false }, { "null and null", null },
        // or: true wins, then unknown.
        { "false or false", false }, { "false or true", true }, { "false or null", null },
        { "true or null", true }, { "null or true", true }, { "null or null", null },
        // not unknown is unknown.
        { "not true", false }, { "not false", true }, { "not null", null },
        // comparisons with NULL are unknown; is null never is.
        { "score = 1", null }, { "score <> 1", null }, { "title = title", null }, { "score is null", true }, { "score is not null", false },
        // in: a match is true; no match with a NULL item is unknown; NULL in anything is unknown.
        { "1 in (1, null)", true }, { "2 in (1, null)", null }, { "2 in (1, 3)", false }, { "score in (1)", null },
        { "2 not in (1, null)", null }, { "1 not in (1, null)", false }, { "2 not in (1, 3)", true },
    };

    [Theory]
    [MemberData(nameof(Logic))]
    public void Three_valued_logic(string text, bool? expected) => Assert.Equal(expected, Eval(text));

    [Fact]
    public void A_row_passes_only_when_the_policy_is_true()
    {
        var evaluator = new PolicyEvaluator(Database, PolicyCaller.Anonymous, Now, _ => []);
        Assert.True(evaluator.Passes(Tree("true"), Row()));
        Assert.False(evaluator.Passes(Tree("score = 1"), Row()));
        Assert.False(evaluator.Passes(Tree("not score = 1"), Row()));
    }

    [Theory]
    [InlineData("score = 3", true)]
    [InlineData("score < 3.5", true)]
    [InlineData("price = 3", true)]
    [InlineData("price > 2.99", true)]
    [InlineData("title = 'Zebra'", true)]
    [InlineData("title < 'apple'", true)]
    [InlineData("status = 'published'", true)]
    [InlineData("status < 'archived' and status > 'draft'", true)]
    [InlineData("author_id = '6F1C2D9E-8A4B-4C3D-9E2F-1A2B3C4D5E6F'", true)]
    [InlineData("author_id = auth.uid()", true)]
    [InlineData("created_at = '2024-06-01T14:00:00+02:00'", true)]
    [InlineData("created_at < now()", false)]
    [InlineData("day < created_at and day = '2024-06-01'", true)]
    [InlineData("published and published = true", true)]
    public void Values_compare_as_their_engines_compare_them(string text, bool expected)
    {
        var row = Row(("score", 3), ("price", 3.00m), ("title", "Zebra"), ("status", "published"),
            ("author_id", User.ToString()), ("created_at", new DateTime(2024, 6, 1, 12, 0, 0, DateTimeKind.Utc)),
            ("day", "2024-06-01"), ("published", 1L));
        Assert.Equal(expected, Eval(text, row));
    }

    [Fact]
    public void Text_orders_by_code_point_not_by_utf16_unit()
    {
        // U+1F600 is above U+FFFD by code point, but its first UTF-16 unit (U+D83D) is below it.
        Assert.Equal(true, Eval("title > '\uFFFD'", Row(("title", "\U0001F600"))));
        Assert.Equal(true, Eval("title > 'Z' and title < 'a'", Row(("title", "_"))));
    }

    [Theory]
    [InlineData("title like 'a%'", "abc", true)]
    [InlineData("title like 'A%'", "abc", false)]
    [InlineData("title like 'a_c'", "abc", true)]
    [InlineData("title like 'a_c'", "a\U0001F600c", true)]
    [InlineData("title like '%b%'", "abc", true)]
    [InlineData("title like 'a\\%'", "a%", true)]
    [InlineData("title like 'a\\%'", "ab", false)]
    [InlineData("title like 'a\\_'", "ab", false)]
    [InlineData("title like '%'", "", true)]
    [InlineData("title like 'a%c%e'", "abcde", true)]
    [InlineData("title like 'a%c%e'", "abcd", false)]
    [InlineData("title not like 'a%'", "abc", false)]
    public void Like_follows_postgresql_defaults(string text, string title, bool expected) =>
        Assert.Equal(expected, Eval(text, Row(("title", title))));

    [Fact]
    public void Like_with_null_is_unknown() => Assert.Null(Eval("title like 'a%'"));

    [Fact]
    public void Auth_functions_read_the_caller()
    {
        Assert.Equal(true, Eval("auth.role() = 'authenticated' and auth.uid() is not null"));
        Assert.Equal(true, Eval("auth.jwt() ->> 'email' = 'a@b.c' and auth.jwt() -> 'app_metadata' ->> 'tier' = 'gold'"));
        Assert.Equal(true, Eval("auth.jwt() ->> 'n' = '5' and auth.jwt() ->> 'nil' is null and auth.jwt() -> 'nil' is not null"));
        Assert.Equal(true, Eval("auth.jwt() ->> 'missing' is null and auth.jwt() -> 'missing' -> 'deeper' is null"));
        Assert.Equal(true, Eval("auth.has_role('editor') and auth.has_role('authenticated') and not auth.has_role('admin')"));
        Assert.Equal(true, Eval("auth.uid() is null and auth.role() = 'anon' and auth.jwt() ->> 'email' is null", caller: PolicyCaller.Anonymous));
        Assert.Null(Eval("author_id = auth.uid()", Row(("author_id", User)), PolicyCaller.Anonymous));
    }

    [Fact]
    public void The_caller_is_read_from_claims()
    {
        var caller = PolicyCaller.FromClaims(Claims);
        Assert.Equal(("authenticated", (Guid?)User), (caller.Role, caller.UserId));
        Assert.Equal(["editor"], caller.Roles);
    }

    [Fact]
    public void Exists_binds_each_row_of_its_table_and_is_never_unknown()
    {
        Assert.Equal(true, Eval("exists(comments where post_id = posts.id and author_id = auth.uid())", Row(("id", 10L))));
        Assert.Equal(false, Eval("exists(comments where post_id = posts.id and author_id = auth.uid())", Row(("id", 11L))));
        Assert.Equal(false, Eval("exists(comments where body = posts.title)", Row()));
        Assert.Equal(true, Eval("exists(comments where exists(comments c2 where c2.id = comments.id))", Row()));
        Assert.Equal(false, Eval("exists(members)", Row()));
    }

    [Fact]
    public void The_truth_tables_of_and_and_or_are_public_for_the_compiler_tests()
    {
        Assert.Equal(new bool?[] { true, false, null, false }, new[] { PolicyEvaluator.And(true, true), PolicyEvaluator.And(null, false), PolicyEvaluator.And(true, null), PolicyEvaluator.And(false, false) });
        Assert.Equal(new bool?[] { true, false, null, true }, new[] { PolicyEvaluator.Or(null, true), PolicyEvaluator.Or(false, false), PolicyEvaluator.Or(false, null), PolicyEvaluator.Or(true, false) });
    }

    [Fact]
    public void A_row_without_a_column_the_policy_reads_is_a_test_bug_not_a_null() =>
        Assert.Throws<KeyNotFoundException>(() => new PolicyEvaluator(Database, PolicyCaller.Anonymous, Now, _ => [])
            .Evaluate(Tree("score = 1"), new Dictionary<string, object?>()));
}
