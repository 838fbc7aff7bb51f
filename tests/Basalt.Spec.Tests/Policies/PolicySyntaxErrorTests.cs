using Basalt.Spec.Policies;
using static Basalt.Spec.Tests.Policies.PolicyTestSchema;

namespace Basalt.Spec.Tests.Policies;

/// <summary>A syntax error names what was found and what was expected, at the column it was found at; limits hold.</summary>
public sealed class PolicySyntaxErrorTests
{
    [Theory]
    [InlineData("score =", 8, "expected a column, a literal or a function, found the end of the expression")]
    [InlineData("score = 1 score = 2", 11, "expected 'and', 'or' or the end of the expression, found 'score'")]
    [InlineData("score = 1 = 2", 11, "expected 'and', 'or' or the end of the expression, found '='")]
    [InlineData("(score = 1", 11, "expected ')', found the end of the expression")]
    [InlineData("score = 1)", 10, "expected 'and', 'or' or the end of the expression, found ')'")]
    [InlineData("title = 'abc", 9, "unterminated string: a ' is not closed (write '' for a quote inside a string)")]
    [InlineData("title is nul", 10, "expected 'null' or 'not null' after 'is', found 'nul'")]
    [InlineData("title is not 1", 14, "expected 'null' after 'is not', found the number 1")]
    [InlineData("score in 1", 10, "expected '(' after 'in', found the number 1")]
    [InlineData("score in (1 2)", 13, "expected ',' or ')', found the number 2")]
    [InlineData("score in ()", 11, "expected a column, a literal or a function, found ')'")]
    [InlineData("score = and", 9, "expected a column, a literal or a function, found 'and'")]
    [InlineData("score ; 1", 7, "unexpected character ';'")]
    [InlineData("score = 1e5", 9, "invalid number '1e'; write digits, with at most one '.' (no exponent)")]
    [InlineData("auth.uid( = 1", 11, "expected ')' after 'auth.uid(', found '='")]
    [InlineData("auth.has_role(admin)", 15, "expected a role name in quotes, as in auth.has_role('admin'), found 'admin'")]
    [InlineData("auth.jwt() ->> 'a' ->> 'b' = 'x'", 20, "'->>' returns text, which has no claims; use '->' for every step but the last")]
    [InlineData("auth.jwt() -> email", 15, "expected a claim name in quotes after '->', as in auth.jwt() ->> 'email', found 'email'")]
    [InlineData("auth.ui() is null", 1, "unknown function 'auth.ui()'; did you mean 'auth.uid()'? valid: auth.uid(), auth.role(), auth.jwt(), auth.has_role('role'), now()")]
    [InlineData("lower(title) = 'a'", 1, "unknown function 'lower()'; valid: auth.uid(), auth.role(), auth.jwt(), auth.has_role('role'), now()")]
    [InlineData("exists comments", 8, "expected '(' after 'exists', found 'comments'")]
    [InlineData("exists(comments post_id = 1)", 25, "expected ')', found '='")]
    [InlineData("exists(comments where post_id = 1", 34, "expected ')', found the end of the expression")]
    [InlineData("a.b.c.d = 1", 1, "expected column, table.column or schema.table.column, found a longer name")]
    [InlineData("   ", 1, "a policy cannot be empty; write \"true\" to allow every row")]
    public void Syntax_errors_say_what_was_found_and_expected(string text, int column, string message)
    {
        var error = Error(text);
        Assert.Equal((message, 1, column), (error.Message, error.Position.Line, error.Position.Column));
    }

    [Fact]
    public void A_syntax_error_on_a_later_line_of_the_text_counts_lines()
    {
        var error = Error("score = 1\nand\n  title = ");
        Assert.Equal((3, 11), (error.Position.Line, error.Position.Column));
    }

    [Fact]
    public void The_length_is_limited()
    {
        var text = string.Join(" or ", Enumerable.Repeat("score = 1", 500));
        Assert.True(text.Length > PolicyLimits.MaxLength);
        Assert.Equal($"a policy is {text.Length} characters long; the limit is 4096", Error(text).Message);
        Assert.True(Parse(text[..4090].Trim()[..^12] + "score = 1").Errors.All(e => !e.Message.Contains("characters long", StringComparison.Ordinal)));
    }

    [Fact]
    public void Nesting_is_limited()
    {
        Assert.True(Parse(new string('(', 32) + "true" + new string(')', 32)).Succeeded);
        var tooDeep = Error(new string('(', 33) + "true" + new string(')', 33));
        Assert.Equal(("the expression nests deeper than 32 levels", 33), (tooDeep.Message, tooDeep.Position.Column));
        Assert.Equal("the expression nests deeper than 32 levels", Error(string.Concat(Enumerable.Repeat("not ", 33)) + "true").Message);
        var exists = string.Concat(Enumerable.Repeat("exists(comments where ", 33)) + "true" + new string(')', 33);
        Assert.Equal("the expression nests deeper than 32 levels", Error(exists).Message);
    }

    [Fact]
    public void In_lists_are_limited()
    {
        string List(int n) => "score in (" + string.Join(", ", Enumerable.Range(0, n)) + ")";
        Assert.True(Parse(List(PolicyLimits.MaxInItems)).Succeeded);
        Assert.Equal("an 'in' list holds at most 256 items", Error(List(PolicyLimits.MaxInItems + 1)).Message);
    }
}
