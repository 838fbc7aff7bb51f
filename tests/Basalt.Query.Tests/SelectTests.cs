using Basalt.Query.Request;

namespace Basalt.Query.Tests;

/// <summary>The select grammar beyond the documented examples.</summary>
public sealed class SelectTests
{
    [Theory]
    [InlineData("/t", "*")]
    [InlineData("/t?select=", "")]
    [InlineData("/t?select", "*")]
    [InlineData("/t?select=*", "*")]
    [InlineData("/t?select=id,*", "id,*")]
    [InlineData("/t?select=id&select=name", "id")]
    [InlineData("/t?select=%20id%20,%20name%20", "id,name")]
    [InlineData("/t?select=first%20name", "\"first name\"")]
    [InlineData("/t?select=%22a,b%22,%22c:d%22", "\"a,b\",\"c:d\"")]
    [InlineData("/t?select=first-name,x-y-z", "\"first-name\",\"x-y-z\"")]
    [InlineData("/t?select=%22%20padded%20%22", "\" padded \"")]
    [InlineData("/t?select=%C3%A9t%C3%A9", "été")]
    public void Fields(string url, string expected) => Assert.Equal(expected, Requests.Select(url));

    [Theory]
    [InlineData("alias:name->jsonpath::cast", "alias:name->'jsonpath'::cast")]
    [InlineData("alias:name->!@%23$%25^%26*_a::cast", "alias:name->'!@#$%^&*_a'::cast")]
    [InlineData("created::timestamp%20with%20time%20zone", "created::timestamp with time zone")]
    [InlineData("d->%22a.b%22->>%22c,d%22", "d->'a.b'->>'c,d'")]
    [InlineData("d->-1", "d->-1")]
    public void Json_paths_and_casts(string select, string expected) => Assert.Equal(expected, Requests.Select("/t?select=" + select));

    [Theory]
    [InlineData("client(id)", "client(id)")]
    [InlineData("*,client(*,nested(*))", "*,client(*,nested(*))")]
    [InlineData("*,...client(*),other(*)", "*,...client(*),other(*)")]
    [InlineData("rel!hint(*)", "rel!hint(*)")]
    [InlineData("rel!inner(*)", "rel!inner(*)")]
    [InlineData("rel!left(*)", "rel!left(*)")]
    [InlineData("rel!hint!inner(*)", "rel!hint!inner(*)")]
    [InlineData("alias:rel!inner!hint(*)", "alias:rel!hint!inner(*)")]
    [InlineData("...rel!hint!inner(*)", "...rel!hint!inner(*)")]
    [InlineData("rel!%22inner%22(*)", "rel!inner(*)")]
    [InlineData("rel!a!b(*)", "rel!a(*)")]
    [InlineData("rel(%20a%20,%20b%20)", "rel(a,b)")]
    [InlineData("a(b(c(d(e))))", "a(b(c(d(e))))")]
    public void Embeds(string select, string expected) => Assert.Equal(expected, Requests.Select("/t?select=" + select));

    [Fact]
    public void A_quoted_inner_is_a_hint_not_a_join()
    {
        var embed = Assert.IsType<EmbedSelect>(Assert.Single(Requests.Ok("/t?select=rel!%22inner%22(*)").Select));

        Assert.Equal(("inner", (JoinKind?)null), (embed.Hint, embed.Join));
    }

    [Fact]
    public void An_embed_is_addressed_by_its_alias()
    {
        var embed = Assert.IsType<EmbedSelect>(Assert.Single(Requests.Ok("/t?select=author:profiles!author_id(name)").Select));

        Assert.Equal(("profiles", "author", "author_id", "author"), (embed.Relation, embed.Alias, embed.Hint, embed.PathName));
        Assert.False(embed.Spread);
    }

    [Theory]
    [InlineData("count()", "count()")]
    [InlineData("total:count()", "total:count()")]
    [InlineData("count()::text", "count()::text")]
    [InlineData("comments(count)", "comments(count())")]
    [InlineData("comments(n:count)", "comments(n:count())")]
    [InlineData("%22count%22", "count")]
    [InlineData("count::int", "count::int")]
    [InlineData("price.max(),price.min(),qty.count(),qty.avg()::int", "price.max(),price.min(),qty.count(),qty.avg()::int")]
    [InlineData("data->>x::numeric.sum()::int", "data->>'x'::numeric.sum()::int")]
    public void Aggregates(string select, string expected) => Assert.Equal(expected, Requests.Select("/t?select=" + select));

    [Fact]
    public void Bare_count_is_the_count_aggregate_but_a_quoted_one_is_a_column()
    {
        var items = Requests.Ok("/t?select=count,%22count%22").Select;

        Assert.Equal(new AggregateSelect(AggregateFunction.Count, null, null, null, null), items[0]);
        Assert.IsType<FieldSelect>(items[1]);
    }

    [Fact]
    public void Aggregate_parts_are_typed()
    {
        var aggregate = Assert.IsType<AggregateSelect>(Assert.Single(Requests.Ok("/t?select=total:amount::numeric.sum()::int").Select));

        Assert.Equal((AggregateFunction.Sum, "amount", "numeric", "total", "int"),
            (aggregate.Function, aggregate.Field!.Name, aggregate.FieldCast, aggregate.Alias, aggregate.Cast));
    }
}
