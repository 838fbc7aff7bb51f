using System.Text.Json;
using Basalt.Query.Request;

namespace Basalt.Query.Tests;

/// <summary>JSON, CSV and form bodies: rows, and PGRST102 for what is not a body of rows.</summary>
public sealed class BodyTests
{
    private static readonly (string, string) Json = ("Content-Type", "application/json");
    private static readonly (string, string) Csv = ("Content-Type", "text/csv");

    [Fact]
    public void A_json_object_is_one_row()
    {
        var body = Assert.IsType<JsonBody>(Requests.Ok("/t", "POST", "{\"a\": 1, \"b\": [1, {\"c\": null}]}", Json).Body);

        Assert.False(body.IsArray);
        Assert.Equal(["a", "b"], body.Keys);
        Assert.Equal(1, Assert.Single(body.Rows).GetProperty("a").GetInt32());
    }

    [Fact]
    public void A_json_array_of_objects_is_many_rows()
    {
        var body = Assert.IsType<JsonBody>(Requests.Ok("/t", "POST", "[{\"a\": 1}, {\"a\": 2}, {\"a\": 3}]").Body);

        Assert.True(body.IsArray);
        Assert.Equal([1, 2, 3], body.Rows.Select(r => r.GetProperty("a").GetInt32()));
    }

    [Fact]
    public void An_empty_json_array_is_no_rows() => Assert.Equal(0, Requests.Ok("/t", "POST", " [ ] ", Json).Body!.RowCount);

    [Fact]
    public void Rows_outlive_the_request_buffer()
    {
        var rows = ((JsonBody)Requests.Ok("/t", "PATCH", "{\"a\": \"kept\"}", ("Content-Type", "application/json; charset=utf-8")).Body!).Rows;
        GC.Collect();

        Assert.Equal("kept", rows[0].GetProperty("a").GetString());
    }

    [Theory]
    [InlineData("", "The body is empty.")]
    [InlineData("  \n ", "The body is empty.")]
    [InlineData("{\"a\": 1,}", "Invalid JSON at line 1, column 9:")]
    [InlineData("{\"a\": 1}\n{\"b\": 2}", "Invalid JSON at line 2, column 1:")]
    [InlineData("[{\"a\": tru}]", "Invalid JSON at line 1, column 11:")]
    [InlineData("{\"a\": \"x", "Invalid JSON at line 1, column 9:")]
    [InlineData("5", "The body is a number; expected an object or an array of objects.")]
    [InlineData("\"{\\\"a\\\": 1}\"", "The body is a string; expected an object or an array of objects.")]
    [InlineData("null", "The body is null; expected an object or an array of objects.")]
    [InlineData("[{\"a\": 1}, 2]", "Item 2 of the array is a number, not an object.")]
    [InlineData("[[{\"a\": 1}]]", "Item 1 of the array is an array, not an object.")]
    public void Invalid_json_is_400_with_where(string json, string details)
    {
        var error = Requests.Fail("/t", "POST", json, Json);

        Assert.Equal((400, "PGRST102", "Empty or invalid json"), (error.Status, error.Code, error.Message));
        Assert.StartsWith(details, error.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[{\"a\": 1}, {\"b\": 1}]", "Item 2 has different keys from item 1.")]
    [InlineData("[{\"a\": 1, \"b\": 2}, {\"a\": 1}]", "Item 2 has different keys from item 1.")]
    [InlineData("[{\"a\": 1}, {\"a\": 2}, {\"a\": 3, \"c\": 4}]", "Item 3 has different keys from item 1.")]
    public void Bulk_rows_must_have_the_same_keys_without_columns(string json, string details)
    {
        Assert.Equal(new(400, "PGRST102", "All object keys must match", details, null), Requests.Fail("/t", "POST", json, Json));
        Assert.Equal(2, Requests.Ok("/t?columns=a,b,c", "POST", "[{\"a\": 1}, {\"b\": 1}]", Json).Body!.RowCount);
    }

    [Fact]
    public void Keys_in_a_different_order_match() => Assert.Equal(2, Requests.Ok("/t", "POST", "[{\"a\":1,\"b\":2},{\"b\":3,\"a\":4}]").Body!.RowCount);

    [Fact]
    public void A_byte_order_mark_is_skipped() => Assert.Equal(1, Requests.Ok("/t", "POST", "\uFEFF{\"a\": 1}", Json).Body!.RowCount);

    [Theory]
    [InlineData("a,b\n1,2\n3,4\n", "[a,b] ('1','2') ('3','4')")]
    [InlineData("a,b\r\n1,2\r\n3,4", "[a,b] ('1','2') ('3','4')")]
    [InlineData("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n", "[a,b] ('x,y','say \"hi\"')")]
    [InlineData("a,b\n\"line\nbreak\",2\n", "[a,b] ('line\nbreak','2')")]
    [InlineData("a,b\nNULL,\n", "[a,b] (null,'')")]
    [InlineData("a,b\n\"NULL\",null\n", "[a,b] (null,'null')")]
    [InlineData("a,b\n", "[a,b] ")]
    [InlineData("a\n\n", "[a] ('')")]
    [InlineData("\"first name\",age\nJ Doe,62", "[\"first name\",age] ('J Doe','62')")]
    public void Csv_bodies(string csv, string expected) => Assert.Equal(expected, Requests.Ok("/t", "POST", csv, Csv).Body!.ToString());

    [Theory]
    [InlineData("", "Invalid CSV", "The body is empty; the first line must name the columns.")]
    [InlineData("a,b\n1,2,3\n", "All lines must have same number of fields", "Line 2 has 3 fields; the header has 2.")]
    [InlineData("a,b\n1,2\n\n", "All lines must have same number of fields", "Line 3 has 1 fields; the header has 2.")]
    [InlineData("a,b\n\"1,2\n", "Invalid CSV", "The quoted field starting on line 2 is not closed.")]
    [InlineData("a,b\n\"1\"x,2\n", "Invalid CSV", "Line 2: a quoted field must be followed by a comma or a line break, not 'x'.")]
    [InlineData("a,a\n1,2\n", "Invalid CSV", "The header names column 'a' twice.")]
    [InlineData("a,,b\n1,2,3\n", "Invalid CSV", "The header has an empty or NULL column name.")]
    public void Invalid_csv_is_400(string csv, string message, string details) =>
        Assert.Equal(new(400, "PGRST102", message, details, null), Requests.Fail("/t", "POST", csv, Csv));

    [Fact]
    public void Csv_that_is_not_utf8_is_400()
    {
        var raw = new RawRequest("POST", "t", "", new RequestHeaders([new("Content-Type", "text/csv")]), new byte[] { 0x61, 0x0a, 0xff, 0xfe });

        Assert.Equal("The body is not valid UTF-8.", RequestParser.Parse(raw).Error!.Details);
    }

    [Fact]
    public void Form_bodies_are_one_row_of_strings() => Assert.Equal("[a,b] ('2','x y')",
        Requests.Ok("/t", "POST", "a=1&b=x+y&a=2", ("Content-Type", "application/x-www-form-urlencoded")).Body!.ToString());

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/vnd.pgrst.object+json")]
    public void Other_content_types_are_400(string contentType) => Assert.Equal(
        new(400, "PGRST102", "Content-Type not acceptable: " + contentType, null, null),
        Requests.Fail("/t", "POST", "x", ("Content-Type", contentType)));

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    public void Bodies_of_other_methods_are_ignored(string method) => Assert.Null(Requests.Ok("/t", method, "not json", Json).Body);

    [Fact]
    public void Json_elements_are_kept_verbatim()
    {
        var row = ((JsonBody)Requests.Ok("/t", "POST", "{\"n\": 12345678901234567890.5, \"s\": \"\\u00e9\"}").Body!).Rows[0];

        Assert.Equal(("12345678901234567890.5", "é"), (row.GetProperty("n").GetRawText(), row.GetProperty("s").GetString()));
        Assert.Equal(JsonValueKind.Object, row.ValueKind);
    }
}
