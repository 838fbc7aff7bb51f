using Basalt.Query.Request;

namespace Basalt.Query.Tests;

/// <summary><c>or</c>/<c>and</c> trees: nesting, negation, embedded forms and the value rules inside them.</summary>
public sealed class LogicTreeTests
{
    [Theory]
    [InlineData("or=(a.eq.1,b.eq.2)", "or(a eq '1', b eq '2')")]
    [InlineData("and=(a.gte.0,a.lte.100)", "and(a gte '0', a lte '100')")]
    [InlineData("not.or=(a.eq.1,b.eq.2)", "not or(a eq '1', b eq '2')")]
    [InlineData("not.and=(a.eq.1,b.eq.2)", "not and(a eq '1', b eq '2')")]
    [InlineData("or=(a.eq.1,and(b.eq.2,c.eq.3))", "or(a eq '1', and(b eq '2', c eq '3'))")]
    [InlineData("or=(a.eq.1,not.and(b.eq.2,or(c.eq.3,d.not.is.null)))", "or(a eq '1', not and(b eq '2', or(c eq '3', not d is null)))")]
    [InlineData("and=(or(a.eq.1,a.eq.2),or(b.eq.1,b.eq.2))", "and(or(a eq '1', a eq '2'), or(b eq '1', b eq '2'))")]
    [InlineData("or=(a.eq.1)", "or(a eq '1')")]
    [InlineData("or=(%20a.eq.1%20,%20b.eq.2%20)", "or(a eq '1 ', b eq '2 ')")]
    [InlineData("or=(a.not.eq.1,b.not.in.(1,2))", "or(not a eq '1', not b in ('1','2'))")]
    [InlineData("or=(data->>k.eq.1,data->0.gt.2)", "or(data->>'k' eq '1', data->0 gt '2')")]
    [InlineData("or=(and.eq.1,or.eq.2,not.eq.3)", "or(and eq '1', or eq '2', not eq '3')")]
    [InlineData("or=(order.eq.1,android.eq.2)", "or(order eq '1', android eq '2')")]
    public void Trees(string query, string expected) => Assert.Equal(expected, Requests.Where("/t?" + query));

    [Theory]
    [InlineData("or=(a.eq.%22x,y%22,b.eq.z)", "or(a eq 'x,y', b eq 'z')")]
    [InlineData("or=(a.eq.%22(x)%22)", "or(a eq '(x)')")]
    [InlineData("or=(a.eq.%22q%5C%22q%22)", "or(a eq 'q\"q')")]
    [InlineData("or=(a.eq.%22x%22y)", "or(a eq '\"x\"y')")]
    [InlineData("or=(tags.cs.{a,b},tags.cd.{c})", "or(tags cs {'a','b'}, tags cd {'c'})")]
    [InlineData("or=(a.like(any).{x*,y*},b.eq(all).{1,2})", "or(a like(any) {'x*','y*'}, b eq(all) {'1','2'})")]
    [InlineData("or=(a.in.(%22x,y%22,z),b.is.true)", "or(a in ('x,y','z'), b is true)")]
    [InlineData("or=(a.eq.)", "or(a eq '')")]
    [InlineData("or=(t.fts(english).cat,t.plfts.fat%20cat)", "or(t fts(english) 'cat', t plfts 'fat cat')")]
    [InlineData("or=(a.eq.x.y)", "or(a eq 'x.y')")]
    public void Values_inside_trees_end_at_a_comma_or_parenthesis_unless_quoted(string query, string expected) =>
        Assert.Equal(expected, Requests.Where("/t?" + query));

    [Theory]
    [InlineData("comments.or=(a.eq.1,b.eq.2)", "comments", "or(a eq '1', b eq '2')")]
    [InlineData("comments.not.or=(a.eq.1,b.eq.2)", "comments", "not or(a eq '1', b eq '2')")]
    [InlineData("comments.author.and=(a.eq.1,b.eq.2)", "comments.author", "and(a eq '1', b eq '2')")]
    [InlineData("not.comments.and=(a.eq.1)", "comments", "not and(a eq '1')")]
    public void Embedded_trees(string query, string path, string expected)
    {
        var request = Requests.Ok("/t?" + query);
        var scope = Assert.Single(request.Scopes, s => !s.Path.IsRoot);

        Assert.Empty(request.Root.Filters);
        Assert.Equal(path, scope.Path.ToString());
        Assert.Equal(expected, Assert.Single(scope.Filters).ToString());
    }

    [Fact]
    public void A_tree_is_typed_as_nodes()
    {
        var tree = Assert.IsType<OrFilter>(Assert.Single(Requests.Ok("/t?or=(a.eq.1,not.and(b.eq.2))").Root.Filters));

        Assert.IsType<Condition>(tree.Items[0]);
        Assert.IsType<AndFilter>(Assert.IsType<NotFilter>(tree.Items[1]).Inner);
    }

    [Fact]
    public void Trees_and_plain_filters_keep_their_order() =>
        Assert.Equal("a eq '1' and or(b eq '2', c eq '3') and d eq '4'", Requests.Where("/t?a=eq.1&or=(b.eq.2,c.eq.3)&d=eq.4"));
}
