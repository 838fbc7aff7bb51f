using System.Text;
using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Rest.Responses;
using Basalt.Sql.Rendering;

namespace Basalt.Rest.Tests.Support;

/// <summary>
/// A <see cref="RestHandler"/> over a real database of one engine holding <see cref="ItemsSchema"/>, with the
/// <see cref="ScriptedPlanner"/> and hand-written SQL (<see cref="ItemsSql"/>) unless a test renders its own.
/// Requests carry the service key unless a test says otherwise.
/// </summary>
internal sealed class HandlerScenario : IAsyncDisposable
{
    private HandlerScenario(TestDatabase test, ScriptedDatabase database, ScriptedRenderer renderer)
    {
        Test = test;
        Database = database;
        Renderer = renderer;
        Handler = new RestHandler(test.Spec, database, new FixedTime(TestTokens.Now), (request, schema, context) =>
        {
            Planned++;
            LastContext = context;
            return ScriptedPlanner.Plan(request, schema, context);
        });
    }

    public TestDatabase Test { get; }

    public ScriptedDatabase Database { get; }

    public ScriptedRenderer Renderer { get; }

    public RestHandler Handler { get; }

    public int Planned { get; private set; }

    public PlanContext? LastContext { get; private set; }

    /// <summary>Replaces <see cref="ItemsSql"/> for the next requests.</summary>
    public Func<QueryPlan, SqlCommand>? Render { get; set; }

    public static async Task<HandlerScenario> StartAsync(Engine engine, int? maxPoolSize = null)
    {
        var test = await TestDatabase.CreateAsync(engine, ItemsSchema.Schema, ItemsSchema.Seed, maxPoolSize);
        HandlerScenario? scenario = null;
        var renderer = new ScriptedRenderer(plan => scenario!.Render?.Invoke(plan) ?? ItemsSql.Render(engine, plan));
        scenario = new HandlerScenario(test, new ScriptedDatabase(test.Database, renderer), renderer);
        return scenario;
    }

    public Task<RestResponse> SendAsync(string method, string query = "", string? body = null, string? token = "service", params string[] headers) =>
        SendToAsync("items", method, query, body, token, headers);

    public Task<RestResponse> SendToAsync(string table, string method, string query = "", string? body = null, string? token = "service", params string[] headers)
    {
        var list = new List<KeyValuePair<string, string>>();
        if (token is not null)
        {
            list.Add(new("Authorization", "Bearer " + (token == "service" ? TestTokens.ServiceRole() : token)));
        }
        if (body is not null)
        {
            list.Add(new("Content-Type", "application/json"));
        }
        foreach (var header in headers)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            list.Add(new(header[..colon].Trim(), header[(colon + 1)..].Trim()));
        }
        var raw = new RawRequest(method, table, query, new RequestHeaders(list), body is null ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(body));
        return Handler.HandleAsync(raw, "req-test");
    }

    public Task<string> DumpAsync() => Test.DumpAsync("items");

    public async ValueTask DisposeAsync() => await Test.DisposeAsync();
}
