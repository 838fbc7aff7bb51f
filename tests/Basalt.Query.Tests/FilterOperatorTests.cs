using Basalt.Query.Request;

namespace Basalt.Query.Tests;

/// <summary>Every operator, negation, the any/all modifiers, <c>is</c> values and operand forms.</summary>
public sealed class FilterOperatorTests
{
    [Theory]
    [InlineData("a=eq.1", "a eq '1'")]
    [InlineData("a=neq.1", "a neq '1'")]
    [InlineData("a=gt.1", "a gt '1'")]
    [InlineData("a=gte.1", "a gte '1'")]
    [InlineData("a=lt.1", "a lt '1'")]
    [InlineData("a=lte.1", "a lte '1'")]
    [InlineData("a=like.*x*", "a like '*x*'")]
    [InlineData("a=ilike.*X*", "a ilike '*X*'")]
    [InlineData("a=match.^ab", "a match '^ab'")]
    [InlineData("a=imatch.^AB", "a imatch '^AB'")]
    [InlineData("a=in.(1,2,3)", "a in ('1','2','3')")]
    [InlineData("a=is.null", "a is null")]
    [InlineData("a=isdistinct.5", "a isdistinct '5'")]
    [InlineData("tags=cs.{example,new}", "tags cs {'example','new'}")]
    [InlineData("values=cd.{1,2,3}", "values cd {'1','2','3'}")]
    [InlineData("period=ov.[2017-01-01,2017-06-30]", "period ov '[2017-01-01,2017-06-30]'")]
    [InlineData("arr=ov.{1,3}", "arr ov {'1','3'}")]
    [InlineData("range=sl.(1,10)", "range sl '(1,10)'")]
    [InlineData("range=sr.(1,10)", "range sr '(1,10)'")]
    [InlineData("range=nxr.(1,10)", "range nxr '(1,10)'")]
    [InlineData("range=nxl.(1,10)", "range nxl '(1,10)'")]
    [InlineData("range=adj.(1,10)", "range adj '(1,10)'")]
    [InlineData("t=fts.cat", "t fts 'cat'")]
    [InlineData("t=plfts.fat%20cat", "t plfts 'fat cat'")]
    [InlineData("t=phfts(english).fat%20cat", "t phfts(english) 'fat cat'")]
    [InlineData("t=wfts(simple).%22fat%20cat%22%20-dog", "t wfts(simple) '\"fat cat\" -dog'")]
    public void Each_operator(string query, string expected) => Assert.Equal(expected, Requests.Where("/t?" + query));

    [Theory]
    [InlineData("a=not.eq.1", "not a eq '1'")]
    [InlineData("a=not.in.(1,2)", "not a in ('1','2')")]
    [InlineData("a=not.is.null", "not a is null")]
    [InlineData("a=not.like(any).{x*,y*}", "not a like(any) {'x*','y*'}")]
    [InlineData("a=not.cs.{1}", "not a cs {'1'}")]
    [InlineData("a=not.fts.x", "not a fts 'x'")]
    public void Not_negates_one_condition(string query, string expected) => Assert.Equal(expected, Requests.Where("/t?" + query));

    [Theory]
    [InlineData("eq", "any")]
    [InlineData("gt", "all")]
    [InlineData("gte", "any")]
    [InlineData("lt", "all")]
    [InlineData("lte", "any")]
    [InlineData("like", "all")]
    [InlineData("ilike", "any")]
    [InlineData("match", "all")]
    [InlineData("imatch", "any")]
    public void Quantifiers_apply_to_comparison_and_pattern_operators(string op, string quantifier)
    {
        var condition = Assert.IsType<Condition>(Assert.Single(Requests.Ok($"/t?a={op}({quantifier}).{{1,\"2,3\"}}").Root.Filters));

        Assert.Equal(quantifier == "any" ? Quantifier.Any : Quantifier.All, condition.Quantifier);
        Assert.Equal(["1", "2,3"], Assert.IsType<ListOperand>(condition.Operand).Items);
    }

    [Theory]
    [InlineData("a=neq(any).{1}", 4)]
    [InlineData("a=in(any).(1)", 3)]
    [InlineData("a=cs(all).{1}", 3)]
    [InlineData("a=is(any).null", 3)]
    public void Quantifiers_are_refused_elsewhere(string query, int column) =>
        Assert.Contains($"(line 1, column {column})", Requests.Fail("/t?" + query).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("null", IsValue.Null)]
    [InlineData("NULL", IsValue.Null)]
    [InlineData("not_null", IsValue.NotNull)]
    [InlineData("true", IsValue.True)]
    [InlineData("TRUE", IsValue.True)]
    [InlineData("false", IsValue.False)]
    [InlineData("unknown", IsValue.Unknown)]
    public void Is_values_are_normalised(string text, IsValue value)
    {
        var condition = Assert.IsType<Condition>(Assert.Single(Requests.Ok("/t?a=is." + text).Root.Filters));

        Assert.Equal(value, Assert.IsType<IsOperand>(condition.Operand).Value);
    }

    [Theory]
    [InlineData("a=in.(%22a,b%22,c)", "a in ('a,b','c')")]
    [InlineData("a=in.(%22a(b)%22,%22x.y:z*%22)", "a in ('a(b)','x.y:z*')")]
    [InlineData("a=in.(%22say%20%5C%22hi%5C%22%22)", "a in ('say \"hi\"')")]
    [InlineData("a=in.(%22back%5C%5Cslash%22)", "a in ('back\\slash')")]
    [InlineData("a=in.(%20a%20,b%20)", "a in ('a ','b ')")]
    [InlineData("a=in.(a,,b)", "a in ('a','','b')")]
    [InlineData("a=in.()", "a in ()")]
    [InlineData("a=in.(%22%22)", "a in ('')")]
    [InlineData("a=in.(%22a%22b)", "a in ('\"a\"b')")]
    [InlineData("a=in.(it's)", "a in ('it''s')")]
    public void In_lists_unquote_and_unescape(string query, string expected) => Assert.Equal(expected, Requests.Where("/t?" + query));

    [Theory]
    [InlineData("a=cs.{a,%22b,c%22,%20d%20}", "a cs {'a','b,c','d'}")]
    [InlineData("a=cs.{NULL,%22NULL%22,null}", "a cs {null,'NULL',null}")]
    [InlineData("a=cs.{}", "a cs {}")]
    [InlineData("a=cs.{%22q%5C%22uote%22,back%5C%5Cslash}", "a cs {'q\"uote','back\\slash'}")]
    [InlineData("a=cs.{%22key%22:%22value%22}", "a cs '{\"key\":\"value\"}'")]
    [InlineData("a=cs.[1,10)", "a cs '[1,10)'")]
    [InlineData("a=cd.{{1,2},{3,4}}", "a cd '{{1,2},{3,4}}'")]
    public void Contains_operands_are_lists_only_when_they_are_flat_array_literals(string query, string expected) =>
        Assert.Equal(expected, Requests.Where("/t?" + query));

    [Theory]
    [InlineData("a=eq.%22a,b%22", "a eq '\"a,b\"'")]
    [InlineData("a=eq.x.y.z", "a eq 'x.y.z'")]
    [InlineData("a=eq.", "a eq ''")]
    [InlineData("a=eq.(1,2)", "a eq '(1,2)'")]
    [InlineData("a=like.a%2Bb", "a like 'a+b'")]
    [InlineData("a=like.a+b", "a like 'a b'")]
    [InlineData("a=eq.%E2%9C%93", "a eq '✓'")]
    public void Top_level_values_are_taken_verbatim(string query, string expected) => Assert.Equal(expected, Requests.Where("/t?" + query));

    [Theory]
    [InlineData("a.b=eq.1", "a", "b eq '1'")]
    [InlineData("comments.author.status=eq.x", "comments.author", "status eq 'x'")]
    [InlineData("%22a.b%22.c=eq.1", "\"a.b\"", "c eq '1'")]
    [InlineData("items.data->>k=eq.1", "items", "data->>'k' eq '1'")]
    public void Filter_keys_name_an_embed_path(string query, string path, string expected)
    {
        var scope = Assert.Single(Requests.Ok("/t?" + query).Scopes, s => !s.Path.IsRoot);

        Assert.Equal(path, scope.Path.ToString());
        Assert.Equal(expected, Assert.Single(scope.Filters).ToString());
    }

    [Theory]
    [InlineData("data->a->>b=eq.1", "data->'a'->>'b' eq '1'")]
    [InlineData("data->0=eq.1", "data->0 eq '1'")]
    [InlineData("data->>-1=eq.1", "data->>-1 eq '1'")]
    [InlineData("data->%22a.b%22=eq.1", "data->'a.b' eq '1'")]
    [InlineData("data->a-b=eq.1", "data->'a-b' eq '1'")]
    [InlineData("data->1a=eq.1", "data->'1a' eq '1'")]
    [InlineData("first-name=eq.1", "\"first-name\" eq '1'")]
    [InlineData("%24id_2=eq.1", "$id_2 eq '1'")]
    public void Filter_fields_take_json_paths(string query, string expected) => Assert.Equal(expected, Requests.Where("/t?" + query));

    [Fact]
    public void Repeated_filters_on_one_column_all_apply() => Assert.Equal("a gt '1' and a lt '5'", Requests.Where("/t?a=gt.1&a=lt.5"));
}
