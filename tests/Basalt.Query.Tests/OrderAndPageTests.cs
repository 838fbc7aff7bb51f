using Basalt.Query.Request;

namespace Basalt.Query.Tests;

/// <summary>order, limit and offset per embed path; the Range header and how it combines with them.</summary>
public sealed class OrderAndPageTests
{
    [Theory]
    [InlineData("order=a,b.desc,c.nullsfirst,d.asc.nullslast", "order a, b desc, c nullsfirst, d asc nullslast")]
    [InlineData("order=%20a%20.desc%20,%20b", "order a desc, b")]
    [InlineData("order=name,clients(name),id", "order name, clients(name), id")]
    [InlineData("order=clients(json_col->key).desc.nullsfirst", "order clients(json_col->'key') desc nullsfirst")]
    [InlineData("order=json_col->!@%23$%25^%26*_a.asc.nullslast", "order json_col->'!@#$%^&*_a' asc nullslast")]
    [InlineData("order=data->0.desc", "order data->0 desc")]
    [InlineData("order=%22a.b%22.desc", "order \"a.b\" desc")]
    [InlineData("order=a&order=b.desc", "order b desc")]
    public void Root_order(string query, string expected) => Assert.Equal(expected, Requests.Ok("/t?" + query).Root.ToString());

    [Fact]
    public void Order_terms_are_typed()
    {
        var term = Assert.Single(Requests.Ok("/t?order=directors(last_name).desc.nullslast").Root.Order!);

        Assert.Equal(new OrderTerm("directors", new FieldPath("last_name"), SortDirection.Desc, NullsOrder.Last), term);
    }

    [Theory]
    [InlineData("comments.order=created.desc", "comments", "order created desc")]
    [InlineData("comments.author.order=name", "comments.author", "order name")]
    [InlineData("comments.limit=3", "comments", "limit 3")]
    [InlineData("comments.offset=6", "comments", "offset 6")]
    [InlineData("comments.limit=3&comments.offset=6&comments.order=id", "comments", "order id; limit 3; offset 6")]
    [InlineData("comments.limit=3&comments.limit=5", "comments", "limit 5")]
    public void Embedded_order_and_limits(string query, string path, string expected)
    {
        var request = Requests.Ok("/t?" + query);

        Assert.Equal(Page.All, request.Page);
        Assert.Equal(expected, request.Scope(new EmbedPath(path.Split('.')))!.ToString());
    }

    [Theory]
    [InlineData("/t?limit=10", "page offset 0 limit 10")]
    [InlineData("/t?offset=5", "page offset 5")]
    [InlineData("/t?limit=0", "page offset 0 limit 0")]
    [InlineData("/t?limit=0&offset=3", "page offset 3 limit 0")]
    [InlineData("/t?limit=9223372036854775807&offset=9", "page offset 9 limit 9223372036854775807")]
    public void Limit_and_offset_make_the_page(string url, string page) => Assert.EndsWith(page, Requests.Render(url), StringComparison.Ordinal);

    [Theory]
    [InlineData("0-9", "", "range 0-9 | page offset 0 limit 10")]
    [InlineData("10-", "", "range 10- | page offset 10")]
    [InlineData("5-5", "", "range 5-5 | page offset 5 limit 1")]
    [InlineData("0-99", "?limit=10&offset=20", "range 0-99 | page offset 20 limit 10")]
    [InlineData("30-39", "?limit=100", "range 30-39 | page offset 30 limit 10")]
    [InlineData("0-99", "?offset=90", "range 0-99 | page offset 90 limit 10")]
    [InlineData("0-9", "?limit=0", "range 0-9 | page offset 0 limit 0")]
    [InlineData("10-", "?offset=5&limit=100", "range 10- | page offset 10 limit 95")]
    [InlineData("1-9223372036854775807", "?offset=0", "range 1-9223372036854775807 | page offset 1 limit 9223372036854775807")]
    public void Range_header_intersects_limit_and_offset(string range, string query, string expected) =>
        Assert.EndsWith(expected, Requests.Render("/t" + query, "GET", null, ("Range", range)), StringComparison.Ordinal);

    [Theory]
    [InlineData("items=0-9")]
    [InlineData("-5")]
    [InlineData("a-b")]
    [InlineData("0-9,20-29")]
    [InlineData(" 0-9")]
    [InlineData("99999999999999999999-")]
    public void A_range_not_in_first_last_form_is_ignored(string range)
    {
        var request = Requests.Ok("/t", "GET", null, ("Range", range));

        Assert.Equal((null, Page.All), (request.Range, request.Page));
    }

    [Theory]
    [InlineData("HEAD")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public void The_range_header_only_counts_on_get(string method)
    {
        var request = Requests.Ok("/t", method, method == "PATCH" ? "{}" : null, ("Range", "0-9"));

        Assert.Equal((null, Page.All), (request.Range, request.Page));
    }

    [Theory]
    [InlineData("/t", "5-2", "The lower boundary must be lower than or equal to the upper boundary in the Range header.")]
    [InlineData("/t?limit=-1", null, "Limit should be greater than or equal to zero.")]
    [InlineData("/t?comments.limit=-2", null, "Limit should be greater than or equal to zero.")]
    [InlineData("/t?offset=20", "0-9", "The Range header and the limit/offset parameters select no rows together.")]
    [InlineData("/t?limit=100", "9223372036854775800-", "The Range header and the limit/offset parameters select no rows together.")]
    public void Empty_ranges_are_416(string url, string? range, string details)
    {
        var headers = range is null ? [] : new[] { ("Range", range) };

        Assert.Equal(new(416, "PGRST103", "Requested range not satisfiable", details, null), Requests.Fail(url, "GET", null, headers));
    }

    [Theory]
    [InlineData("/t?id=eq.1&limit=1")]
    [InlineData("/t?id=eq.1&offset=1")]
    public void Put_refuses_limit_and_offset(string url) => Assert.Equal(
        new(400, "PGRST114", "limit/offset querystring parameters are not allowed for PUT", null, null),
        Requests.Fail(url, "PUT", "{\"id\":1}"));

    [Fact]
    public void Put_ignores_the_range_header() => Assert.Equal(Page.All, Requests.Ok("/t?id=eq.1", "PUT", "{\"id\":1}", ("Range", "0-0")).Page);
}
