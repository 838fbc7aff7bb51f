using System.Text;
using Basalt.Query.Request;
using Basalt.Rest.Responses;

namespace Basalt.Rest.Tests.Support;

/// <summary>
/// The real pipeline — <see cref="RestHandler"/> with the planner and the engine's own renderer — over a fresh, seeded
/// library database of one engine. Requests carry the service key unless a test says otherwise.
/// </summary>
internal sealed class LibraryScenario : IAsyncDisposable
{
    private LibraryScenario(TestDatabase test)
    {
        Test = test;
        Handler = new RestHandler(test.Spec, test.Database, new FixedTime(TestTokens.Now));
    }

    public TestDatabase Test { get; }

    public RestHandler Handler { get; }

    public static Task<LibraryScenario> StartAsync(Engine engine) => StartAsync(engine, LibraryData.Schema, LibraryData.Seed);

    /// <summary>Another schema, seeded through the API with the service key (one POST per table and JSON body).</summary>
    public static async Task<LibraryScenario> StartAsync(Engine engine, Basalt.Spec.Schema.DatabaseSchema schema, IEnumerable<(string Table, string Body)> seed)
    {
        var scenario = new LibraryScenario(await TestDatabase.CreateAsync(engine, schema));
        foreach (var (table, body) in seed)
        {
            await using var response = await scenario.SendAsync("POST", "/" + table, body);
            if (response.Status != 201)
            {
                throw new InvalidOperationException($"seeding {table} failed: {response.Status} {await response.ReadBodyAsStringAsync()}");
            }
        }
        return scenario;
    }

    /// <summary>Sends <c>METHOD /table?query</c>; headers are <c>Name: value</c> strings.</summary>
    public Task<RestResponse> SendAsync(string method, string url, string? body = null, IReadOnlyList<string>? headers = null, string? token = "service")
    {
        var list = new List<KeyValuePair<string, string>>();
        if (token is not null)
        {
            list.Add(new("apikey", token == "service" ? TestTokens.ServiceRole() : token));
        }
        if (body is not null && !(headers ?? []).Any(h => h.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase)))
        {
            list.Add(new("Content-Type", "application/json"));
        }
        foreach (var header in headers ?? [])
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            list.Add(new(header[..colon].Trim(), header[(colon + 1)..].Trim()));
        }
        var question = url.IndexOf('?', StringComparison.Ordinal);
        var table = Uri.UnescapeDataString((question < 0 ? url : url[..question]).TrimStart('/'));
        var query = question < 0 ? "" : url[(question + 1)..];
        var raw = new RawRequest(method, table, query, new RequestHeaders(list), body is null ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(body));
        return Handler.HandleAsync(raw, "req-scenario");
    }

    public Task<string> DumpAsync(string table) => Test.DumpAsync(table);

    public ValueTask DisposeAsync() => Test.DisposeAsync();
}
