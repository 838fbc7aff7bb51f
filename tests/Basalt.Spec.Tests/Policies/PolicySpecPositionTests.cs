using Basalt.Spec.Policies;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Tests.Policies;

/// <summary>
/// Policy errors from a whole spec land on the exact line and column of the spec file, whatever YAML style the
/// expression is written in. The table's lines are 1–8; a case's policy starts on line 9.
/// </summary>
public sealed class PolicySpecPositionTests
{
    private const string Head = """
        name: app
        roles: [editor]
        tables:
          posts:
            columns:
              id: { type: bigint, primary: true }
              title: { type: text }
            policies:

        """;

    private const string Path = "tables.posts.policies.select";

    [Fact]
    public void Plain_scalar() =>
        SpecAssert.SingleError(Head + "      select: title = 'a' and titel = 'b'\n", 9, 31, Path,
            "unknown column 'titel' in posts; did you mean 'title'? valid: id, title");

    [Fact]
    public void Double_quoted_scalar() =>
        SpecAssert.SingleError(Head + "      select: \"title = 'a' and titel = 'b'\"\n", 9, 32, Path,
            "unknown column 'titel' in posts; did you mean 'title'? valid: id, title");

    [Fact]
    public void Double_quoted_scalar_with_escapes_before_the_error() =>
        SpecAssert.SingleError(Head + "      select: \"title = 'a\\\"b' or titel = 'b'\"\n", 9, 34, Path,
            "unknown column 'titel' in posts; did you mean 'title'? valid: id, title");

    [Fact]
    public void Single_quoted_scalar_with_doubled_quotes() =>
        SpecAssert.SingleError(Head + "      select: 'title = ''a'' and titel = ''b'''\n", 9, 34, Path,
            "unknown column 'titel' in posts; did you mean 'title'? valid: id, title");

    [Fact]
    public void Multi_line_plain_scalar() =>
        SpecAssert.SingleError(Head + "      select: title = 'a'\n        and titel = 'b'\n", 10, 13, Path,
            "unknown column 'titel' in posts; did you mean 'title'? valid: id, title");

    [Fact]
    public void Literal_block_scalar() =>
        SpecAssert.SingleError(Head + "      select: |\n        title = 'a'\n          and titel = 'b'\n", 11, 15, Path,
            "unknown column 'titel' in posts; did you mean 'title'? valid: id, title");

    [Fact]
    public void Folded_block_scalar() =>
        SpecAssert.SingleError(Head + "      select: >-\n        title = 'a'\n        and titel = 'b'\n", 11, 13, Path,
            "unknown column 'titel' in posts; did you mean 'title'? valid: id, title");

    [Fact]
    public void Per_role_expression_with_its_role_in_the_path() =>
        SpecAssert.SingleError(Head + "      select: { editor: \"title = \" }\n", 9, 34, Path + ".editor",
            "expected a column, a literal or a function, found the end of the expression");

    [Fact]
    public void Json_spec() =>
        SpecAssert.SingleError("""
            {"name": "app", "tables": {"posts": {
              "columns": {"id": {"type": "bigint", "primary": true}},
              "policies": {"select": "id = 'x'"}}}}
            """, 3, 32, Path, "cannot compare the bigint column id with the string 'x'");

    [Fact]
    public void Every_error_of_every_policy_is_listed() =>
        SpecAssert.Errors(Head + "      select: titel = 'a' or auth.has_role('editr')\n      insert: \"id = \"\n      delete: id = 'x'\n",
            "basalt.yaml:9:15: tables.posts.policies.select: unknown column 'titel' in posts; did you mean 'title'? valid: id, title",
            "basalt.yaml:10:21: tables.posts.policies.insert: expected a column, a literal or a function, found the end of the expression",
            "basalt.yaml:11:20: tables.posts.policies.delete: cannot compare the bigint column id with the string 'x'");

    [Fact]
    public void A_value_from_the_environment_is_reported_at_the_start_of_its_scalar()
    {
        var result = SpecAssert.Load(Head + "      select: \"${POLICY}\"\n", new Dictionary<string, string?> { ["POLICY"] = "title = 1" });
        SpecAssert.SingleError(result, 9, 15, Path, "cannot compare the text column title with the number 1");
    }

    [Fact]
    public void A_loaded_policy_carries_its_tree()
    {
        var spec = SpecAssert.Valid(Head + "      select: \"title = 'a' or auth.has_role('editor')\"\n      update: { editor: \"true\" }\n");
        var posts = spec.Schema.Find("posts")!;
        var select = posts.Policies.Select!.ByRole[PolicyRule.AnyRole].Condition;
        Assert.Equal(
            new PolicyOr(
                new PolicyComparison(new PolicyColumn(TableName.Public("posts"), "title", 0), PolicyComparisonOperator.Equal, new PolicyLiteral("a")),
                new PolicyTruth(new PolicyHasRole("editor"))),
            select);
        Assert.Equal(new PolicyPosition(9, 28), select!.Position);
        Assert.Equal(new PolicyTruth(new PolicyLiteral(true)), posts.Policies.Update!.ByRole["editor"].Condition);
    }

    [Fact]
    public void Trees_stay_out_of_expression_equality_and_snapshots()
    {
        var spec = SpecAssert.Valid(Head + "      select: \"true\"\n");
        var loaded = spec.Schema.Find("posts")!.Policies.Select!.ByRole[PolicyRule.AnyRole];
        Assert.NotNull(loaded.Condition);
        Assert.Equal(new PolicyExpression("true", loaded.Location), loaded);
        var snapshot = SchemaSnapshot.Serialize(spec.Schema);
        Assert.DoesNotContain("condition", snapshot, StringComparison.Ordinal);
        Assert.Equal(loaded, SchemaSnapshot.Deserialize(snapshot).Find("posts")!.Policies.Select!.ByRole[PolicyRule.AnyRole]);
    }

    [Fact]
    public void A_quoted_scalar_whose_value_starts_with_a_quote() =>
        SpecAssert.SingleError(Head + "      select: \"'x' = titel\"\n", 9, 22, Path,
            "unknown column 'titel' in posts; did you mean 'title'? valid: id, title");

    [Fact]
    public void A_text_map_without_a_source_counts_from_its_own_start()
    {
        var map = PolicyTextMap.Plain("'a'\n = b", 5, 7);
        Assert.Equal((new PolicyPosition(5, 7), new PolicyPosition(6, 2), new PolicyPosition(6, 5)), (map.At(0), map.At(5), map.At(99)));
    }
}
