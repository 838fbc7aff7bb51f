using Basalt.Query.Request;

namespace Basalt.Query.Tests;

/// <summary>Methods, Prefer and Accept.</summary>
public sealed class HeaderTests
{
    [Theory]
    [InlineData("GET", RequestKind.Read, false)]
    [InlineData("get", RequestKind.Read, false)]
    [InlineData("HEAD", RequestKind.Read, true)]
    [InlineData("POST", RequestKind.Insert, false)]
    [InlineData("PATCH", RequestKind.Update, false)]
    [InlineData("PUT", RequestKind.Upsert, false)]
    [InlineData("DELETE", RequestKind.Delete, false)]
    [InlineData("OPTIONS", RequestKind.Info, false)]
    public void Methods(string method, RequestKind kind, bool headOnly)
    {
        var request = Requests.Ok("/t", method, method is "POST" or "PATCH" or "PUT" ? "{}" : null);

        Assert.Equal((kind, headOnly), (request.Kind, request.HeadOnly));
    }

    [Theory]
    [InlineData("TRACE")]
    [InlineData("CONNECT")]
    [InlineData("PROPFIND")]
    public void Other_methods_are_405(string method) =>
        Assert.Equal(new(405, "PGRST117", "Unsupported HTTP method: " + method, null, null), Requests.Fail("/t", method));

    [Theory]
    [InlineData("return=minimal", "return=minimal")]
    [InlineData("return=headers-only", "return=headers-only")]
    [InlineData("return=representation", "return=representation")]
    [InlineData("count=exact", "count=exact")]
    [InlineData("count=planned", "count=planned")]
    [InlineData("count=estimated", "count=estimated")]
    [InlineData("resolution=merge-duplicates", "resolution=merge-duplicates")]
    [InlineData("resolution=ignore-duplicates", "resolution=ignore-duplicates")]
    [InlineData("missing=default", "missing=default")]
    [InlineData("missing=null", "missing=null")]
    [InlineData("tx=commit", "tx=commit")]
    [InlineData("tx=rollback", "tx=rollback")]
    [InlineData("handling=lenient", "handling=lenient")]
    [InlineData("handling=strict", "handling=strict")]
    [InlineData("timezone=UTC", "timezone=UTC")]
    [InlineData("max-affected=5", "max-affected=5")]
    [InlineData("return=representation,count=exact", "return=representation, count=exact")]
    [InlineData("  count=exact  ,   return=minimal  ", "return=minimal, count=exact")]
    [InlineData("count=exact, count=planned", "count=exact")]
    [InlineData("resolution=ignore-duplicates, missing=default, return=representation, count=exact, tx=rollback, handling=strict, timezone=UTC, max-affected=3",
        "resolution=ignore-duplicates, missing=default, return=representation, count=exact, tx=rollback, handling=strict, timezone=UTC, max-affected=3")]
    [InlineData("max-affected=ten", "")]
    [InlineData("max-affected=ten, max-affected=5", "")]
    [InlineData("Return=minimal", "invalid:Return=minimal")]
    [InlineData("return = minimal", "invalid:return = minimal")]
    [InlineData("count=none, params=single-object", "invalid:count=none, invalid:params=single-object")]
    [InlineData("return=minimal,", "return=minimal")]
    public void Prefer_values(string prefer, string expected) =>
        Assert.Equal(expected, Requests.Ok("/t", "GET", null, ("Prefer", prefer)).Preferences.ToString());

    [Fact]
    public void Several_prefer_headers_combine_and_the_first_of_each_wins()
    {
        var preferences = Requests.Ok("/t", "GET", null, ("Prefer", "return=representation"), ("prefer", "count=exact, return=minimal")).Preferences;

        Assert.Equal((PreferReturn.Representation, PreferCount.Exact), (preferences.Return, preferences.Count));
    }

    [Fact]
    public void Max_affected_is_applied_only_when_strict()
    {
        Assert.Equal(["max-affected=5"], Requests.Ok("/t", "DELETE", null, ("Prefer", "handling=strict, max-affected=5")).Preferences.Applied().Skip(1));
        Assert.Empty(Requests.Ok("/t", "DELETE", null, ("Prefer", "max-affected=5")).Preferences.Applied());
    }

    [Theory]
    [InlineData("handling=strict, return=minimal")]
    [InlineData("handling=strict, timezone=x, max-affected=oops")]
    public void Strict_handling_accepts_known_preferences(string prefer) => Requests.Ok("/t", "GET", null, ("Prefer", prefer));

    [Theory]
    [InlineData("handling=strict, Count=exact", "Invalid preferences: Count=exact")]
    [InlineData("foo, handling=strict", "Invalid preferences: foo")]
    public void Strict_handling_refuses_unknown_preferences(string prefer, string details) =>
        Assert.Equal(details, Requests.Fail("/t", "GET", null, ("Prefer", prefer)).Details);

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("APPLICATION/JSON; charset=utf-8", "application/json")]
    [InlineData("application/vnd.pgrst.object+json", "application/vnd.pgrst.object+json")]
    [InlineData("application/vnd.pgrst.object", "application/vnd.pgrst.object+json")]
    [InlineData("ApplicatIon/vnd.PgRsT.object+json", "application/vnd.pgrst.object+json")]
    [InlineData("application/vnd.pgrst.object+json;nulls=stripped", "application/vnd.pgrst.object+json;nulls=stripped")]
    [InlineData("application/vnd.pgrst.array+json", "application/json")]
    [InlineData("application/vnd.pgrst.array+json; nulls=stripped", "application/vnd.pgrst.array+json;nulls=stripped")]
    [InlineData("text/csv", "text/csv")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json")]
    [InlineData("application/json;q=0.5, text/csv", "text/csv")]
    [InlineData("*/*, text/csv", "text/csv")]
    [InlineData("text/csv;q=0, application/json", "application/json")]
    [InlineData("application/geo+json, application/vnd.pgrst.object+json;q=0.5", "application/vnd.pgrst.object+json")]
    public void Accept_picks_the_best_producible_type(string? accept, string expected)
    {
        var headers = accept is null ? [] : new[] { ("Accept", accept) };

        Assert.Equal(expected, Requests.Ok("/t", "GET", null, headers).Representation.ToString());
    }

    [Theory]
    [InlineData("application/geo+json", "application/geo+json")]
    [InlineData("application/vnd.pgrst.plan+json; for=\"application/json\"", "application/vnd.pgrst.plan+json;for=\"application/json\"")]
    [InlineData("application/openapi+json", "application/openapi+json")]
    [InlineData("text/plain;q=0.9, text/xml", "text/xml, text/plain")]
    [InlineData("application/*", "application/*")]
    [InlineData("application/json;q=0", "None")]
    public void Accept_refuses_what_cannot_be_produced(string accept, string listed)
    {
        var error = Requests.Fail("/t", "GET", null, ("Accept", accept));

        Assert.Equal((406, "PGRST107"), (error.Status, error.Code));
        Assert.Equal("None of these media types are available: " + (listed == "None" ? "" : listed), error.Message);
    }

    [Fact]
    public void Options_does_not_negotiate() => Assert.Equal(RequestKind.Info, Requests.Ok("/t", "OPTIONS", null, ("Accept", "image/png")).Kind);
}
