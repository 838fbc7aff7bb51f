using System.Text;
using Basalt.Query.Request;

namespace Basalt.Query.Tests;

/// <summary>Each hard limit of <see cref="RequestLimits"/>: the largest allowed request passes, one more is refused with its own error.</summary>
public sealed class LimitTests
{
    [Fact]
    public void Query_string_length()
    {
        var allowed = "a=eq." + new string('x', RequestLimits.MaxQueryStringLength - 5);

        Requests.Ok("/t?" + allowed);
        var error = Requests.Fail("/t?" + allowed + "x");
        Assert.Equal((414, "PGRST100", "The query string is longer than 8192 characters"), (error.Status, error.Code, error.Message));
    }

    [Fact]
    public void Select_nesting()
    {
        string Nested(int levels) => string.Concat(Enumerable.Repeat("r(", levels)) + "id" + new string(')', levels);

        Requests.Ok("/t?select=" + Nested(RequestLimits.MaxNestingDepth));
        AssertLimit("/t?select=" + Nested(RequestLimits.MaxNestingDepth + 1), "The select parameter nests embedded resources deeper than 16 levels");
    }

    [Fact]
    public void Logic_nesting()
    {
        string Nested(int levels) => "or=(" + string.Concat(Enumerable.Repeat("and(", levels - 1)) + "a.eq.1" + new string(')', levels);

        Requests.Ok("/t?" + Nested(RequestLimits.MaxNestingDepth));
        AssertLimit("/t?" + Nested(RequestLimits.MaxNestingDepth + 1), "A logic tree (or/and) nests deeper than 16 levels");
    }

    [Fact]
    public void Embed_path_depth()
    {
        string Path(int levels) => string.Join('.', Enumerable.Repeat("e", levels));

        Requests.Ok($"/t?{Path(RequestLimits.MaxNestingDepth)}.a=eq.1&{Path(RequestLimits.MaxNestingDepth)}.order=a");
        AssertLimit($"/t?{Path(RequestLimits.MaxNestingDepth + 1)}.a=eq.1", $"The embed path of '{Path(17)}.a' is deeper than 16 levels");
        AssertLimit($"/t?{Path(RequestLimits.MaxNestingDepth + 1)}.limit=1", $"The embed path of '{Path(17)}.limit' is deeper than 16 levels");
    }

    [Fact]
    public void Select_items()
    {
        string Select(int count) => "select=" + string.Join(',', Enumerable.Range(0, count).Select(i => "c" + i));

        Requests.Ok("/t?" + Select(RequestLimits.MaxSelectItems));
        AssertLimit("/t?" + Select(RequestLimits.MaxSelectItems + 1), "The select parameter has more than 500 items");
        AssertLimit("/t?select=r(" + Select(RequestLimits.MaxSelectItems)[7..] + ")", "The select parameter has more than 500 items");
    }

    [Fact]
    public void Filters_including_those_in_trees()
    {
        var plain = string.Join('&', Enumerable.Range(0, RequestLimits.MaxFilters - 1).Select(i => "a=eq." + i));

        Requests.Ok("/t?" + plain + "&b=eq.1");
        AssertLimit("/t?" + plain + "&or=(b.eq.1,b.eq.2)", "The request has more than 500 filters");
        AssertLimit("/t?" + plain + "&b=eq.1&c=eq.1", "The request has more than 500 filters");
    }

    [Theory]
    [InlineData("a=in.({0})")]
    [InlineData("a=cs.{{{0}}}")]
    [InlineData("a=eq(any).{{{0}}}")]
    [InlineData("or=(a.in.({0}))")]
    public void List_items(string template)
    {
        string List(int count) => string.Join(',', Enumerable.Repeat("1", count));

        Requests.Ok("/t?" + string.Format(System.Globalization.CultureInfo.InvariantCulture, template, List(RequestLimits.MaxListItems)));
        var error = Requests.Fail("/t?" + string.Format(System.Globalization.CultureInfo.InvariantCulture, template, List(RequestLimits.MaxListItems + 1)));
        Assert.Equal((400, "PGRST100"), (error.Status, error.Code));
        Assert.Contains("500", error.Message + error.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("columns={0}", "The columns parameter has more than 500 names")]
    [InlineData("on_conflict={0}", "The on_conflict parameter has more than 500 names")]
    [InlineData("order={0}", "The order parameter has more than 500 terms")]
    public void Name_lists(string template, string message)
    {
        string Names(int count) => string.Join(',', Enumerable.Repeat("c", count));

        Requests.Ok("/t?" + string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Names(RequestLimits.MaxListItems)));
        AssertLimit("/t?" + string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Names(RequestLimits.MaxListItems + 1)), message);
    }

    [Fact]
    public void Json_depth()
    {
        string Nested(int levels) => new string('[', levels - 1) + "{\"a\":1}" + new string(']', levels - 1);

        Assert.Equal("Item 1 of the array is an array, not an object.", Requests.Fail("/t", "POST", Nested(RequestLimits.MaxJsonDepth)).Details);
        var error = Requests.Fail("/t", "POST", Nested(RequestLimits.MaxJsonDepth + 1));
        Assert.Equal(new(400, "PGRST102", "The JSON body nests deeper than 64 levels", null, null), error);
        Assert.Equal("The JSON body nests deeper than 64 levels", Requests.Fail("/t", "POST", "{\"a\":" + Nested(RequestLimits.MaxJsonDepth) + "}").Message);
    }

    [Fact]
    public void Json_rows()
    {
        string Rows(int count) => "[" + string.Join(',', Enumerable.Repeat("{\"a\":1}", count)) + "]";

        Assert.Equal(RequestLimits.MaxBodyRows, Requests.Ok("/t", "POST", Rows(RequestLimits.MaxBodyRows)).Body!.RowCount);
        Assert.Equal("The body has more than 10000 rows", Requests.Fail("/t", "POST", Rows(RequestLimits.MaxBodyRows + 1)).Message);
    }

    [Fact]
    public void Csv_rows()
    {
        string Rows(int count) => "a\n" + new StringBuilder().Insert(0, "1\n", count);
        var csv = ("Content-Type", "text/csv");

        Assert.Equal(RequestLimits.MaxBodyRows, Requests.Ok("/t", "POST", Rows(RequestLimits.MaxBodyRows), csv).Body!.RowCount);
        Assert.Equal("The body has more than 10000 rows", Requests.Fail("/t", "POST", Rows(RequestLimits.MaxBodyRows + 1), csv).Message);
    }

    [Fact]
    public void An_object_with_many_keys_is_one_row() =>
        Assert.Equal(1, Requests.Ok("/t", "POST", "{" + string.Join(',', Enumerable.Range(0, 20_000).Select(i => $"\"k{i}\":{i}")) + "}").Body!.RowCount);

    private static void AssertLimit(string url, string message)
    {
        var error = Requests.Fail(url);
        Assert.Equal((400, "PGRST100", message), (error.Status, error.Code, error.Message));
    }
}
