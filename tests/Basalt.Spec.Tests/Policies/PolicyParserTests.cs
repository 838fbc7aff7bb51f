using Basalt.Spec.Policies;
using Basalt.Spec.Schema;
using static Basalt.Spec.Tests.Policies.PolicyTestSchema;

namespace Basalt.Spec.Tests.Policies;

/// <summary>Every construct of the language parses to the tree the compiler expects, with SQL's precedence.</summary>
public sealed class PolicyParserTests
{
    private static readonly PolicyCondition A = new PolicyComparison(Col("score"), PolicyComparisonOperator.Equal, Lit(1L));
    private static readonly PolicyCondition B = new PolicyComparison(Col("score"), PolicyComparisonOperator.Equal, Lit(2L));
    private static readonly PolicyCondition C = new PolicyComparison(Col("score"), PolicyComparisonOperator.Equal, Lit(3L));

    [Fact]
    public void And_binds_tighter_than_or()
    {
        Assert.Equal(new PolicyOr(A, new PolicyAnd(B, C)), Tree("score = 1 or score = 2 and score = 3"));
        Assert.Equal(new PolicyOr(new PolicyAnd(A, B), C), Tree("score = 1 and score = 2 or score = 3"));
    }

    [Fact]
    public void Not_binds_tighter_than_and_and_looser_than_a_comparison()
    {
        Assert.Equal(new PolicyAnd(new PolicyNot(A), B), Tree("not score = 1 and score = 2"));
        Assert.Equal(new PolicyNot(new PolicyNot(A)), Tree("not not score = 1"));
    }

    [Fact]
    public void And_and_or_associate_to_the_left_and_parentheses_override()
    {
        Assert.Equal(new PolicyAnd(new PolicyAnd(A, B), C), Tree("score = 1 and score = 2 and score = 3"));
        Assert.Equal(new PolicyAnd(A, new PolicyOr(B, C)), Tree("score = 1 and (score = 2 or score = 3)"));
        Assert.Equal(new PolicyNot(new PolicyOr(A, B)), Tree("not (score = 1 or score = 2)"));
    }

    [Theory]
    [InlineData("=", PolicyComparisonOperator.Equal)]
    [InlineData("<>", PolicyComparisonOperator.NotEqual)]
    [InlineData("!=", PolicyComparisonOperator.NotEqual)]
    [InlineData("<", PolicyComparisonOperator.Less)]
    [InlineData("<=", PolicyComparisonOperator.LessOrEqual)]
    [InlineData(">", PolicyComparisonOperator.Greater)]
    [InlineData(">=", PolicyComparisonOperator.GreaterOrEqual)]
    public void Every_comparison_operator(string op, PolicyComparisonOperator expected) =>
        Assert.Equal(new PolicyComparison(Col("score"), expected, Lit(-5L)), Tree($"score {op} -5"));

    [Fact]
    public void Literals_of_every_kind()
    {
        Assert.Equal(new PolicyComparison(Col("title"), PolicyComparisonOperator.Equal, Lit("it's")), Tree("title = 'it''s'"));
        Assert.Equal(new PolicyComparison(Col("price"), PolicyComparisonOperator.Less, Lit(-1.25m)), Tree("price < -1.25"));
        Assert.Equal(new PolicyComparison(Col("price"), PolicyComparisonOperator.Less, Lit(99999999999999999999m)), Tree("price < 99999999999999999999"));
        Assert.Equal(new PolicyComparison(Col("published"), PolicyComparisonOperator.Equal, Lit(false)), Tree("published = FALSE"));
        Assert.Equal(new PolicyComparison(Col("title"), PolicyComparisonOperator.Equal, Lit(null)), Tree("title = null"));
        Assert.Equal(new PolicyTruth(Lit(true)), Tree("true"));
        Assert.Equal(new PolicyTruth(Lit(false)), Tree("(false)"));
    }

    [Fact]
    public void In_not_in_is_null_like_and_not_like()
    {
        Assert.Equal(new PolicyIn(Col("status"), [Lit("draft"), Lit("published")], false), Tree("status in ('draft', 'published')"));
        Assert.Equal(new PolicyIn(Col("score"), [Lit(1L)], true), Tree("score not in (1)"));
        Assert.Equal(new PolicyIsNull(Col("title"), false), Tree("title is null"));
        Assert.Equal(new PolicyIsNull(Col("title"), true), Tree("title is not null"));
        var like = new PolicyComparison(Col("title"), PolicyComparisonOperator.Like, Lit("a%"));
        Assert.Equal(like, Tree("title like 'a%'"));
        Assert.Equal(new PolicyNot(like), Tree("title not like 'a%'"));
        Assert.Equal(new PolicyNot(like), Tree("not title like 'a%'"));
    }

    [Fact]
    public void Auth_functions_and_now()
    {
        Assert.Equal(new PolicyComparison(Col("author_id"), PolicyComparisonOperator.Equal, new PolicyAuthUid()), Tree("author_id = auth.uid()"));
        Assert.Equal(new PolicyComparison(new PolicyAuthRole(), PolicyComparisonOperator.Equal, Lit("authenticated")), Tree("auth.role() = 'authenticated'"));
        Assert.Equal(new PolicyTruth(new PolicyHasRole("admin")), Tree("auth.has_role('admin')"));
        Assert.Equal(new PolicyComparison(Col("created_at"), PolicyComparisonOperator.Less, new PolicyNow()), Tree("created_at < now()"));
    }

    [Fact]
    public void Jwt_claims_top_level_and_nested()
    {
        Assert.Equal(new PolicyComparison(new PolicyJwtClaim(["email"], true), PolicyComparisonOperator.Equal, Lit("a@b.c")),
            Tree("auth.jwt() ->> 'email' = 'a@b.c'"));
        Assert.Equal(new PolicyComparison(new PolicyJwtClaim(["app_metadata", "tier"], true), PolicyComparisonOperator.Equal, Lit("gold")),
            Tree("auth.jwt()->'app_metadata'->>'tier' = 'gold'"));
        Assert.Equal(new PolicyIsNull(new PolicyJwtClaim(["app_metadata"], false), true), Tree("auth.jwt() -> 'app_metadata' is not null"));
    }

    [Fact]
    public void Keywords_and_functions_are_case_insensitive_and_plain_names_fold_to_lowercase() =>
        Assert.Equal(
            Tree("not title is null and score in (1) or author_id = auth.uid() and exists(comments where true) and auth.has_role('admin')"),
            Tree("NOT Title IS NULL AND score IN (1) OR AUTHOR_ID = Auth.Uid() And Exists(Comments Where TRUE) AND AUTH.HAS_ROLE('admin')"));

    [Fact]
    public void Double_quoted_names_are_kept_as_written() =>
        Assert.Equal(new PolicyIsNull(Col("title"), false), Tree("\"title\" is null"));

    [Fact]
    public void A_boolean_column_or_function_stands_alone_as_a_condition()
    {
        Assert.Equal(new PolicyAnd(new PolicyTruth(Col("published")), new PolicyNot(new PolicyTruth(new PolicyHasRole("editor")))),
            Tree("published and not auth.has_role('editor')"));
    }

    [Fact]
    public void Unqualified_columns_bind_to_the_innermost_scope_that_has_them()
    {
        var tree = Tree("exists(comments where post_id = id and author_id = auth.uid() and title is not null)");
        var exists = Assert.IsType<PolicyExists>(tree);
        Assert.Equal((Comments, 1), (exists.Table, exists.Scope));
        var expected = new PolicyAnd(new PolicyAnd(
                new PolicyComparison(Col("post_id", 1, Comments), PolicyComparisonOperator.Equal, Col("id", 1, Comments)),
                new PolicyComparison(Col("author_id", 1, Comments), PolicyComparisonOperator.Equal, new PolicyAuthUid())),
            new PolicyIsNull(Col("title"), true));
        Assert.Equal(expected, exists.Where);
    }

    [Fact]
    public void Qualified_columns_bind_to_the_innermost_scope_of_that_table_or_alias()
    {
        var tree = Tree("exists(comments where comments.post_id = posts.id and exists(comments c2 where c2.id = comments.id))");
        var outer = Assert.IsType<PolicyExists>(tree);
        var and = Assert.IsType<PolicyAnd>(outer.Where);
        Assert.Equal(new PolicyComparison(Col("post_id", 1, Comments), PolicyComparisonOperator.Equal, Col("id", 0)), and.Left);
        var inner = Assert.IsType<PolicyExists>(and.Right);
        Assert.Equal(2, inner.Scope);
        Assert.Equal(new PolicyComparison(Col("id", 2, Comments), PolicyComparisonOperator.Equal, Col("id", 1, Comments)), inner.Where);
    }

    [Fact]
    public void A_self_join_reaches_the_outer_row_through_an_alias()
    {
        var tree = Tree("exists(members as mine where mine.team_id = members.team_id and mine.user_id = auth.uid())", Members);
        var exists = Assert.IsType<PolicyExists>(tree);
        var and = Assert.IsType<PolicyAnd>(exists.Where);
        Assert.Equal(new PolicyComparison(Col("team_id", 1, Members), PolicyComparisonOperator.Equal, Col("team_id", 0, Members)), and.Left);
    }

    [Fact]
    public void System_tables_are_exists_targets()
    {
        var tree = Tree("exists(auth.users where auth.users.id = author_id and email like '%@example.com')");
        var exists = Assert.IsType<PolicyExists>(tree);
        Assert.Equal(SystemTables.AuthUsersName, exists.Table);
        var and = Assert.IsType<PolicyAnd>(exists.Where);
        Assert.Equal(new PolicyComparison(Col("id", 1, SystemTables.AuthUsersName), PolicyComparisonOperator.Equal, Col("author_id")), and.Left);
    }

    [Fact]
    public void Exists_without_where_holds_true() =>
        Assert.Equal(new PolicyExists(Comments, 1, new PolicyTruth(Lit(true))), Tree("exists(comments)"));

    [Fact]
    public void Positions_point_at_each_node_and_stay_out_of_equality()
    {
        var tree = Assert.IsType<PolicyOr>(Tree("score = 1\n  or title is null"));
        Assert.Equal(new PolicyPosition(2, 3), tree.Position);
        var left = Assert.IsType<PolicyComparison>(tree.Left);
        Assert.Equal(new PolicyPosition(1, 7), left.Position);
        Assert.Equal(new PolicyPosition(1, 1), left.Left.Position);
        Assert.Equal(new PolicyPosition(1, 9), left.Right.Position);
        Assert.Equal(new PolicyPosition(2, 6), ((PolicyIsNull)tree.Right).Value.Position);
        Assert.Equal(left with { Position = new PolicyPosition(9, 9) }, left);
    }

    [Fact]
    public void In_lists_and_claim_paths_compare_by_their_items()
    {
        Assert.NotEqual(Tree("score in (1, 2)"), Tree("score in (2, 1)"));
        Assert.NotEqual(Tree("auth.jwt() -> 'a' ->> 'b' = 'x'"), Tree("auth.jwt() -> 'b' ->> 'a' = 'x'"));
        Assert.NotEqual(Lit(1L), Lit(1m));
    }
}
