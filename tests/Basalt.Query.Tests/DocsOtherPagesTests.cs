namespace Basalt.Query.Tests;

/// <summary>
/// The example URLs of PostgREST's aggregate, URL grammar, pagination, preferences and representation pages
/// (https://docs.postgrest.org/en/latest/references/api/).
/// </summary>
public sealed class DocsOtherPagesTests
{
    [Theory]
    [InlineData("/orders?select=amount.sum()", "amount.sum()")]
    [InlineData("/orders?select=total_amount:amount.sum(),avg_amount:amount.avg(),total_quantity:quantity.sum()",
        "total_amount:amount.sum(),avg_amount:amount.avg(),total_quantity:quantity.sum()")]
    [InlineData("/orders?select=amount.sum(),amount.avg(),order_date", "amount.sum(),amount.avg(),order_date")]
    [InlineData("/orders?select=count(),observation_count:observation.count(),order_date", "count(),observation_count:observation.count(),order_date")]
    [InlineData("/orders?select=order_details->tax_amount::numeric.sum()", "order_details->'tax_amount'::numeric.sum()")]
    [InlineData("/orders?select=amount.avg()::int", "amount.avg()::int")]
    [InlineData("/orders?select=amount.sum(),customers(name)", "amount.sum(),customers(name)")]
    [InlineData("/orders?select=amount.sum(),...customers(name)", "amount.sum(),...customers(name)")]
    [InlineData("/customers?select=name,city,state,orders(amount.sum(),order_date)", "name,city,state,orders(amount.sum(),order_date)")]
    [InlineData("/orders?select=order_date,...customers(subscription_date.max(),subscription_date.min())",
        "order_date,...customers(subscription_date.max(),subscription_date.min())")]
    public void Aggregates(string url, string expected) => Assert.Equal(expected, Requests.Select(url));

    [Theory]
    [InlineData("/%D9%85%D9%88%D8%A7%D8%B1%D8%AF", "read موارد | select *")]
    [InlineData("/Order%20Items?Unit%20Price=lt.200", "read \"Order Items\" | select * | where \"Unit Price\" lt '200'")]
    [InlineData("/employees?name=in.(%22Hebdon,John%22,%22Williams,Mary%22)", "read employees | select * | where name in ('Hebdon,John','Williams,Mary')")]
    [InlineData("/vulnerabilities?%22information.cpe%22=like.*MS*", "read vulnerabilities | select * | where \"information.cpe\" like '*MS*'")]
    [InlineData("/marks?name=in.(%22Quote:%5C%22%22,%22Backslash:%5C%5C%22)", "read marks | select * | where name in ('Quote:\"','Backslash:\\')")]
    public void Url_grammar(string url, string expected) => Assert.Equal(expected, Requests.Render(url));

    [Fact]
    public void Limit_and_offset_parameters() =>
        Assert.Equal("read people | select * | limit 15; offset 30 | page offset 30 limit 15", Requests.Render("/people?limit=15&offset=30"));

    [Fact]
    public void Range_header() => Assert.Equal("read people | select * | range 0-19 | page offset 0 limit 20",
        Requests.Render("/people", "GET", null, ("Range-Unit", "items"), ("Range", "0-19")));

    [Fact]
    public void Open_ended_range() => Assert.Equal("read people | select * | range 10- | page offset 10", Requests.Render("/people", "GET", null, ("Range", "10-")));

    [Theory]
    [InlineData("/bigtable", "count=exact", "read bigtable | select * | prefer count=exact | range 0-24 | page offset 0 limit 25")]
    public void Exact_count_with_range(string url, string prefer, string expected) =>
        Assert.Equal(expected, Requests.Render(url, "GET", null, ("Range-Unit", "items"), ("Range", "0-24"), ("Prefer", prefer)));

    [Theory]
    [InlineData("count=planned", "read bigtable | select * | limit 25 | prefer count=planned | page offset 0 limit 25")]
    [InlineData("count=estimated", "read bigtable | select * | limit 25 | prefer count=estimated | page offset 0 limit 25")]
    public void Planned_and_estimated_count(string prefer, string expected) =>
        Assert.Equal(expected, Requests.Render("/bigtable?limit=25", "GET", null, ("Prefer", prefer)));

    [Fact]
    public void Strict_handling_refuses_unknown_preferences()
    {
        var error = Requests.Fail("/projects", "GET", null, ("Prefer", "handling=strict, foo, bar"));

        Assert.Equal(new(400, "PGRST122", "Invalid preferences given with handling=strict", "Invalid preferences: foo, bar", null), error);
    }

    [Theory]
    [InlineData("handling=lenient, foo, bar", "prefer handling=lenient, invalid:foo, invalid:bar")]
    [InlineData("timezone=America/Los_Angeles", "prefer timezone=America/Los_Angeles")]
    [InlineData("timezone=05:30", "prefer timezone=05:30")]
    public void Lenient_and_timezone_preferences(string prefer, string expected) =>
        Assert.Equal("read projects | select * | " + expected, Requests.Render("/projects", "GET", null, ("Prefer", prefer)));

    [Theory]
    [InlineData("return=headers-only", "prefer return=headers-only")]
    [InlineData("return=representation", "prefer return=representation")]
    [InlineData("tx=rollback, return=representation", "prefer return=representation, tx=rollback")]
    public void Return_and_transaction_preferences(string prefer, string expected) =>
        Assert.Equal("insert projects | select * | " + expected + " | body json object: 1 row(s) [id,name]",
            Requests.Render("/projects", "POST", "{\"id\":33, \"name\": \"x\"}", ("Content-Type", "application/json"), ("Prefer", prefer)));

    [Fact]
    public void Missing_default() => Assert.Equal(
        "insert foo | select * | columns id,bar,baz | prefer missing=default, return=representation | body json array of 2 row(s) [bar]",
        Requests.Render("/foo?columns=id,bar,baz", "POST", "[{ \"bar\": \"val1\" }, { \"bar\": \"val2\", \"baz\": 15 }]",
            ("Content-Type", "application/json"), ("Prefer", "missing=default, return=representation")));

    [Fact]
    public void Max_affected_with_strict_handling() => Assert.Equal(
        "delete items | select * | where id lt '15' | prefer handling=strict, max-affected=10",
        Requests.Render("/items?id=lt.15", "DELETE", null, ("Content-Type", "application/json"), ("Prefer", "handling=strict, max-affected=10")));

    [Theory]
    [InlineData("/people", "application/json", "read people | select *")]
    [InlineData("/items?id=eq.1", "application/vnd.pgrst.object+json", "read items | select * | where id eq '1' | accept application/vnd.pgrst.object+json")]
    [InlineData("/projects?id=gt.10", "application/vnd.pgrst.array+json;nulls=stripped",
        "read projects | select * | where id gt '10' | accept application/vnd.pgrst.array+json;nulls=stripped")]
    public void Response_formats(string url, string accept, string expected) => Assert.Equal(expected, Requests.Render(url, "GET", null, ("Accept", accept)));

    [Fact]
    public void Unknown_media_type_is_refused() => Assert.Equal(
        new(406, "PGRST107", "None of these media types are available: unknown/unknown", null, null),
        Requests.Fail("/people", "GET", null, ("Accept", "unknown/unknown")));
}
