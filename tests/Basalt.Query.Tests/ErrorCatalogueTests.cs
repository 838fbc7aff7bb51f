using Basalt.Query.Request;

namespace Basalt.Query.Tests;

/// <summary>The catalogue lists exactly what the parser emits: every entry has a request that produces it.</summary>
public sealed class ErrorCatalogueTests
{
    public static TheoryData<string, int, string, string?, string?, string> Producers => new()
    {
        { "PGRST100", 400, "/t?a=bad", null, null, "GET" },
        { "PGRST100", 414, "/t?a=eq." + new string('x', RequestLimits.MaxQueryStringLength), null, null, "GET" },
        { "PGRST102", 400, "/t", "{", null, "POST" },
        { "PGRST103", 416, "/t?limit=-1", null, null, "GET" },
        { "PGRST107", 406, "/t", null, "Accept", "application/geo+json" },
        { "PGRST114", 400, "/t?limit=1", "{}", null, "PUT" },
        { "PGRST117", 405, "/t", null, null, "TRACE" },
        { "PGRST122", 400, "/t", null, "Prefer", "handling=strict, nope" },
    };

    [Theory]
    [MemberData(nameof(Producers))]
    public void Each_entry_is_produced(string code, int status, string url, string? body, string? header, string methodOrValue)
    {
        var error = header is null
            ? Requests.Fail(url, methodOrValue, body)
            : Requests.Fail(url, "GET", body, (header, methodOrValue));

        Assert.Equal((code, status), (error.Code, error.Status));
    }

    [Fact]
    public void Every_entry_has_a_producer() =>
        Assert.Equal(RequestErrorCatalogue.Entries.Select(e => (e.Code, e.Status)).Order(),
            Producers.Select(row => ((string)row[0], (int)row[1])).Order());

    [Fact]
    public void Entries_are_distinct_and_described() =>
        Assert.All(RequestErrorCatalogue.Entries.GroupBy(e => (e.Code, e.Status)), group =>
        {
            Assert.Single(group);
            Assert.False(string.IsNullOrWhiteSpace(group.Single().Description));
        });
}
