using System.Text;
using Basalt.Query.Request;
using CsCheck;

namespace Basalt.Query.Tests;

/// <summary>
/// Whatever a client sends, parsing returns a request or a 4xx error from the catalogue; it never throws.
/// Random text uses the grammar's own punctuation so it reaches deep into every parser.
/// </summary>
public sealed class RobustnessTests
{
    private const string Alphabet = "abcnotreqilk_.,()!:*\"\\{}[]->=&;% +01239éx\t";

    private static readonly string[] Valid =
    [
        "select=id,author:profiles!author_id(name,...avatars(url)),comments(count)&id=eq.1",
        "select=*,roles(*,actors(*))&roles.actors.order=last_name.desc.nullslast&roles.actors.first_name=like.*Tom*&roles.limit=3",
        "or=(age.lt.18,not.and(age.gte.11,age.lte.17),tags.cs.{a,\"b,c\"},name.in.(\"x\",y))&not.or=(a.is.null,b.fts(english).cat)",
        "select=amount.sum()::int,data->>x::numeric.avg(),count()&order=data->0.asc,rel(x).desc&limit=10&offset=5",
        "name=in.(%22Quote:%5C%22%22,%22Backslash:%5C%5C%22)&last_name=like(any).{O*,P*}&columns=%22a%22,b&on_conflict=a,b",
    ];

    private static readonly Gen<string> RandomText = Gen.Char[Alphabet].Array[0, 120].Select(c => new string(c));

    private static readonly Gen<string> MutatedQuery = Gen.Select(Gen.Int[0, Valid.Length - 1], Gen.Int[0, 200], Gen.Int[0, 12], RandomText,
        (which, at, cut, inserted) =>
        {
            var text = Valid[which];
            at = Math.Min(at, text.Length);
            return text[..at] + inserted + text[Math.Min(text.Length, at + cut)..];
        });

    private static readonly Gen<string> Method = Gen.OneOf("GET", "HEAD", "POST", "PATCH", "PUT", "DELETE", "OPTIONS", "TRACE", "get");

    [Fact]
    public void Random_query_strings_never_throw() =>
        Gen.Select(RandomText, Method).Sample((query, method) => AssertWellFormed(Parse(method, query)), iter: 5000);

    [Fact]
    public void Mutated_query_strings_never_throw() =>
        Gen.Select(MutatedQuery, Method).Sample((query, method) => AssertWellFormed(Parse(method, query)), iter: 5000);

    [Fact]
    public void Random_headers_never_throw()
    {
        var header = Gen.Select(Gen.OneOf("Prefer", "Accept", "Range", "Range-Unit", "Content-Type"),
            Gen.OneOf(RandomText, Gen.OneOf("return=representation, count=exact, handling=strict, x", "0-9", "10-", "5-1",
                "application/vnd.pgrst.object+json;nulls=stripped", "text/csv;q=0.5, */*;q=0", "max-affected=9999999999999999999999")),
            (name, value) => new KeyValuePair<string, string>(name, value));
        Gen.Select(header.Array[0, 5], MutatedQuery, Method).Sample((headers, query, method) =>
            AssertWellFormed(RequestParser.Parse(new RawRequest(method, "t", query, new RequestHeaders(headers), "{}"u8.ToArray()))), iter: 3000);
    }

    [Fact]
    public void Random_and_mutated_bodies_never_throw()
    {
        var json = "[{\"a\": 1, \"b\": [true, null, {\"c\": \"x\\\"y\"}]}, {\"a\": 2.5e3, \"b\": []}]";
        var csv = "a,b\n\"x,y\",NULL\n1,\"q\"\"q\"\r\n";
        var mutated = Gen.Select(Gen.OneOf(json, csv, "a=1&b=x+y"), Gen.Int[0, 80], Gen.Int[0, 6], Gen.Char["{}[]\",:\\\n\r0a tNUL"].Array[0, 8],
            (text, at, cut, inserted) =>
            {
                at = Math.Min(at, text.Length);
                return Encoding.UTF8.GetBytes(text[..at] + new string(inserted) + text[Math.Min(text.Length, at + cut)..]);
            });
        var bytes = Gen.OneOf(mutated, Gen.Byte.Array[0, 64]);
        var contentType = Gen.OneOf("application/json", "text/csv", "application/x-www-form-urlencoded", "text/plain", "APPLICATION/JSON; charset=utf-8");
        Gen.Select(bytes, contentType, Gen.OneOf("POST", "PATCH", "PUT"), Gen.Bool).Sample((body, type, method, columns) =>
            AssertWellFormed(RequestParser.Parse(new RawRequest(method, "t", columns ? "columns=a,b" : "",
                new RequestHeaders([new("Content-Type", type)]), body))), iter: 5000);
    }

    [Theory]
    [InlineData("select=", "r(", 4000)]
    [InlineData("or=", "(and", 2000)]
    [InlineData("order=", "a(", 4000)]
    [InlineData("a=in.", "(", 8000)]
    public void Deep_nesting_is_refused_without_exhausting_the_stack(string prefix, string unit, int count) =>
        AssertWellFormed(Parse("GET", prefix + string.Concat(Enumerable.Repeat(unit, count))));

    [Fact]
    public void Deeply_nested_json_is_refused_without_exhausting_the_stack() =>
        Assert.Equal("PGRST102", RequestParser.Parse(new RawRequest("POST", "t", "", RequestHeaders.Empty, Encoding.UTF8.GetBytes(new string('[', 100_000)))).Error!.Code);

    private static ParseResult Parse(string method, string query) =>
        RequestParser.Parse(new RawRequest(method, "t", query, RequestHeaders.Empty, "{\"a\":1}"u8.ToArray()));

    private static void AssertWellFormed(ParseResult result)
    {
        Assert.Equal(result.Succeeded, result.Error is null);
        if (result.Succeeded)
        {
            Assert.NotEmpty(result.Request.Scopes);
            Assert.True(result.Request.Scopes[0].Path.IsRoot);
            _ = result.Request.ToString();
            return;
        }
        var error = result.Error;
        Assert.InRange(error.Status, 400, 499);
        Assert.True(RequestErrorCatalogue.Contains(error.Code, error.Status), error.ToString());
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
