using Basalt.Spec.Policies;
using Basalt.Spec.Schema;
using CsCheck;
using static Basalt.Spec.Tests.Policies.PolicyTestSchema;

namespace Basalt.Spec.Tests.Policies;

/// <summary>Printed trees parse back to the same tree: fixed cases, then random trees from CsCheck.</summary>
public sealed class PolicyRoundTripTests
{
    [Theory]
    [InlineData("score = 1 or score = 2 and not score = 3", "posts.score = 1 or posts.score = 2 and not posts.score = 3")]
    [InlineData("(score = 1 or score = 2) and score = 3", "(posts.score = 1 or posts.score = 2) and posts.score = 3")]
    [InlineData("score = 1 and (score = 2 and score = 3)", "posts.score = 1 and (posts.score = 2 and posts.score = 3)")]
    [InlineData("not (published or title like 'a''%')", "not (posts.published or posts.title like 'a''%')")]
    [InlineData("price in (1, -2.50, null) and title not like 'x' and title is not null", "posts.price in (1, -2.50, null) and not posts.title like 'x' and posts.title is not null")]
    [InlineData("exists(comments where post_id = id)", "exists(comments as s1 where s1.post_id = s1.id)")]
    [InlineData("price = 3.0 and auth.jwt() -> 'a' ->> 'b' = auth.role()", "posts.price = 3.0 and auth.jwt() -> 'a' ->> 'b' = auth.role()")]
    public void Prints_readable_text_that_parses_back(string text, string printed)
    {
        var tree = Tree(text);
        Assert.Equal(printed, PolicyPrinter.Print(tree));
        Assert.Equal(tree, Tree(printed));
    }

    [Fact]
    public void Aliases_never_shadow_a_table_named_like_them()
    {
        var s1 = new TableSchema(TableName.Public("s1"), [new ColumnSchema("id", new ColumnType(ColumnKind.BigInt))]);
        var schema = new DatabaseSchema([.. Database.Tables, s1]);
        var tree = new PolicyExists(Comments, 1, new PolicyComparison(new PolicyColumn(Comments, "id", 1), PolicyComparisonOperator.Equal, new PolicyColumn(s1.Name, "id", 0)));
        var printed = PolicyPrinter.Print(tree);
        Assert.Equal("exists(comments as _s1 where _s1.id = s1.id)", printed);
        Assert.Equal(tree, PolicyParser.Parse(printed, s1.Name, schema).Condition);
    }

    [Fact]
    public void Random_trees_print_and_parse_back_to_the_same_tree() =>
        Gen.Int[0, int.MaxValue].Array[1, 80].Sample(choices =>
        {
            var tree = new TreeBuilder(choices).Condition(4, [Posts]);
            var printed = PolicyPrinter.Print(tree);
            var parsed = PolicyParser.Parse(printed, Posts, Database);
            Assert.True(parsed.Succeeded, printed + "\n" + string.Join("; ", parsed.Errors));
            Assert.Equal(tree, parsed.Condition);
        }, iter: 3000);

    /// <summary>Builds a tree from a stream of choices, so CsCheck shrinks a failure by shrinking the stream.</summary>
    private sealed class TreeBuilder(int[] choices)
    {
        private static readonly TableName[] Tables = [Posts, Comments, Members, SystemTables.AuthUsersName];
        private static readonly string[] Texts = ["", "a", "it's", "%_\\", "Ünï \U0001F600", "''", "and", "\"q\""];
        private int next;

        private int Pick(int n) => choices[next++ % choices.Length] % n;

        public PolicyCondition Condition(int depth, List<TableName> scopes)
        {
            switch (depth == 0 ? 9 : Pick(10))
            {
                case 0 or 1:
                    return new PolicyAnd(Condition(depth - 1, scopes), Condition(depth - 1, scopes));
                case 2 or 3:
                    return new PolicyOr(Condition(depth - 1, scopes), Condition(depth - 1, scopes));
                case 4:
                    return new PolicyNot(Condition(depth - 1, scopes));
                case 5 when scopes.Count < 4:
                    var table = Tables[Pick(Tables.Length)];
                    var inner = new List<TableName>(scopes) { table };
                    return new PolicyExists(table, scopes.Count, Condition(depth - 1, inner));
                default:
                    return Atom(scopes);
            }
        }

        private PolicyCondition Atom(List<TableName> scopes) => Pick(5) switch
        {
            0 => new PolicyComparison(Value(scopes), (PolicyComparisonOperator)Pick(7), Value(scopes)),
            1 => new PolicyIn(Value(scopes), Enumerable.Range(0, 1 + Pick(3)).Select(_ => Value(scopes)).ToArray(), Pick(2) == 0),
            2 => new PolicyIsNull(Value(scopes), Pick(2) == 0),
            3 => new PolicyNot(new PolicyComparison(Value(scopes), PolicyComparisonOperator.Like, Value(scopes))),
            _ => new PolicyTruth(Value(scopes)),
        };

        private PolicyValue Value(List<TableName> scopes)
        {
            switch (Pick(12))
            {
                case 0 or 1 or 2:
                    var scope = Pick(scopes.Count);
                    var columns = Database.Find(scopes[scope])!.Columns;
                    return new PolicyColumn(scopes[scope], columns[Pick(columns.Count)].Name, scope);
                case 3:
                    return new PolicyLiteral(Texts[Pick(Texts.Length)]);
                case 4:
                    return new PolicyLiteral((long)Pick(2000) - 1000 + (Pick(3) == 0 ? long.MinValue / 2 : 0));
                case 5:
                    return new PolicyLiteral(decimal.Round((Pick(200000) - 100000) / 1000m, Pick(4)));
                case 6:
                    return new PolicyLiteral(Pick(3) switch { 0 => true, 1 => false, _ => null });
                case 7:
                    return new PolicyAuthUid();
                case 8:
                    return new PolicyAuthRole();
                case 9:
                    return new PolicyNow();
                case 10:
                    return new PolicyHasRole(Texts[Pick(Texts.Length)]);
                default:
                    // The whole token (an empty path) is JSON: there is no text form of it to print.
                    var path = Enumerable.Range(0, Pick(4)).Select(_ => Texts[Pick(Texts.Length)]).ToArray();
                    return new PolicyJwtClaim(path, path.Length > 0 && Pick(2) == 0);
            }
        }
    }
}
