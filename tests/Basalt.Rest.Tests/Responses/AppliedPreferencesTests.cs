using Basalt.Query.Request;
using Basalt.Rest.Responses;

namespace Basalt.Rest.Tests.Responses;

/// <summary>Which preferences Preference-Applied lists, by PostgREST's rules per method.</summary>
public sealed class AppliedPreferencesTests
{
    private const string All = "return=representation, count=exact, tx=rollback, handling=strict, resolution=merge-duplicates, missing=default, max-affected=5, timezone=UTC";

    [Theory]
    [InlineData("GET", All, true, "count=exact, tx=rollback, handling=strict")]
    [InlineData("HEAD", "count=planned", true, "count=planned")]
    [InlineData("POST", All, true, "resolution=merge-duplicates, missing=default, return=representation, count=exact, tx=rollback, handling=strict")]
    [InlineData("POST", All, false, "missing=default, return=representation, count=exact, tx=rollback, handling=strict")]
    [InlineData("PUT", All, true, "return=representation, count=exact, tx=rollback, handling=strict")]
    [InlineData("PATCH", All, true, "missing=default, return=representation, count=exact, tx=rollback, handling=strict, max-affected=5")]
    [InlineData("DELETE", All, true, "return=representation, count=exact, tx=rollback, handling=strict, max-affected=5")]
    [InlineData("DELETE", "max-affected=5", true, null)]
    [InlineData("GET", "", true, null)]
    [InlineData("GET", "timezone=UTC", true, null)]
    public void Lists_what_applies_to_the_method(string method, string prefer, bool primaryKey, string? expected)
    {
        var body = method is "POST" or "PATCH" or "PUT" ? """{"id":1}"""u8.ToArray() : [];
        var raw = new RawRequest(method, "items", "", new RequestHeaders([.. PreferHeaders(prefer), new("Content-Type", "application/json")]), body);
        var parsed = RequestParser.Parse(raw);
        Assert.True(parsed.Succeeded, parsed.ToString());

        Assert.Equal(expected, AppliedPreferences.Header(parsed.Request, primaryKey));
    }

    [Fact]
    public void On_conflict_makes_resolution_apply_without_a_primary_key()
    {
        var raw = new RawRequest("POST", "items", "on_conflict=name",
            new RequestHeaders([new("Prefer", "resolution=ignore-duplicates"), new("Content-Type", "application/json")]), """{"name":"x"}"""u8.ToArray());

        Assert.Equal("resolution=ignore-duplicates", AppliedPreferences.Header(RequestParser.Parse(raw).Request!, tableHasPrimaryKey: false));
    }

    private static IEnumerable<KeyValuePair<string, string>> PreferHeaders(string prefer) =>
        prefer.Length == 0 ? [] : [new("Prefer", prefer)];
}
