using Basalt.Rest.Tests.Support;

namespace Basalt.Rest.Tests.Handler;

/// <summary>GET and HEAD through the handler, executor and responders, on both engines, with hand-written SQL.</summary>
public sealed class ReadResponseTests
{
    private const string All = """[{"id":1,"name":"ann","qty":1},{"id":2,"name":"bob","qty":null},{"id":3,"name":"cy","qty":3}]""";

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_read_streams_the_array_the_database_built(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("GET", "select=*&order=id"));

        Assert.Equal(200, answer.Status);
        Assert.Equal(Answer.Normalize(All), answer.Json);
        Assert.Equal("application/json; charset=utf-8", answer.Header("Content-Type"));
        Assert.Equal("0-2/*", answer.Header("Content-Range"));
        Assert.Equal("/items?order=id&select=*", answer.Header("Content-Location"));
        Assert.Equal("Accept, Prefer, Range", answer.Header("Vary"));
        Assert.Equal("1", answer.Header("X-Basalt-Sql-Commands"));
        Assert.Null(answer.Header("Preference-Applied"));
        Assert.Null(answer.Header("Content-Profile"));
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_counted_partial_page_is_206_with_the_total(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("GET", "limit=2", headers: "Prefer: count=exact"));

        Assert.Equal(206, answer.Status);
        Assert.Equal("0-1/3", answer.Header("Content-Range"));
        Assert.Equal("count=exact", answer.Header("Preference-Applied"));
        Assert.Equal(Answer.Normalize("""[{"id":1,"name":"ann","qty":1},{"id":2,"name":"bob","qty":null}]"""), answer.Json);
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_range_header_pages_like_offset_and_limit(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("GET", "", headers: ["Range: 1-1", "Prefer: count=exact"]));

        Assert.Equal(206, answer.Status);
        Assert.Equal("1-1/3", answer.Header("Content-Range"));
        Assert.Equal(Answer.Normalize("""[{"id":2,"name":"bob","qty":null}]"""), answer.Json);
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_whole_counted_result_is_200(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("GET", "", headers: "Prefer: count=exact"));

        Assert.Equal((200, "0-2/3"), (answer.Status, answer.Header("Content-Range")));
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task An_offset_beyond_the_counted_total_is_416(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("GET", "offset=5", headers: "Prefer: count=exact"));

        Assert.Equal(416, answer.Status);
        Assert.Equal("*/3", answer.Header("Content-Range"));
        Assert.Equal("""{"code":"PGRST103","details":"An offset of 5 was requested, but there are only 3 rows.","hint":null,"message":"Requested range not satisfiable"}""", answer.Body);
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task An_offset_beyond_the_rows_without_a_count_is_an_empty_200(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("GET", "offset=5"));

        Assert.Equal((200, "*/*", "[]"), (answer.Status, answer.Header("Content-Range"), answer.Body));
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task One_object_is_answered_as_an_object(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("GET", "limit=1", headers: "Accept: application/vnd.pgrst.object+json"));

        Assert.Equal(200, answer.Status);
        Assert.Equal(Answer.Normalize("""{"id":1,"name":"ann","qty":1}"""), answer.Json);
        Assert.Equal("application/vnd.pgrst.object+json; charset=utf-8", answer.Header("Content-Type"));
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task Several_rows_cannot_be_one_object(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var many = await Answer.ReadAsync(await scenario.SendAsync("GET", "", headers: "Accept: application/vnd.pgrst.object+json"));
        var none = await Answer.ReadAsync(await scenario.SendAsync("GET", "offset=10", headers: "Accept: application/vnd.pgrst.object+json"));

        Assert.Equal(406, many.Status);
        Assert.Equal("""{"code":"PGRST116","details":"The result contains 3 rows","hint":null,"message":"Cannot coerce the result to a single JSON object"}""", many.Body);
        Assert.Equal("application/json; charset=utf-8", many.Header("Content-Type"));
        Assert.Equal((406, "The result contains 0 rows"), (none.Status, none.Error.GetProperty("details").GetString()));
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task Csv_is_built_from_the_rows(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("GET", "", headers: "Accept: text/csv"));

        Assert.Equal(200, answer.Status);
        Assert.Equal("text/csv; charset=utf-8", answer.Header("Content-Type"));
        Assert.Equal("id,name,qty\n1,ann,1\n2,bob,\n3,cy,3", answer.Body);
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task Stripped_nulls_leave_out_null_members(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("GET", "offset=1&limit=1", headers: "Accept: application/vnd.pgrst.array+json;nulls=stripped"));

        Assert.Equal(200, answer.Status);
        Assert.Equal(Answer.Normalize("""[{"id":2,"name":"bob"}]"""), answer.Json);
        Assert.Equal("application/vnd.pgrst.array+json;nulls=stripped; charset=utf-8", answer.Header("Content-Type"));
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task Head_runs_the_query_for_its_headers_and_sends_no_body(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        await using var response = await scenario.SendAsync("HEAD", "limit=1", headers: "Prefer: count=exact");

        Assert.Equal(206, response.Status);
        Assert.Null(response.Body);
        Assert.Equal("0-0/3", response.Header("Content-Range"));
        Assert.Equal("application/json; charset=utf-8", response.Header("Content-Type"));
        Assert.Equal(1, response.SqlCommands);
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task The_public_profile_is_accepted_and_echoed_and_others_are_406(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var ok = await Answer.ReadAsync(await scenario.SendAsync("GET", "", headers: "Accept-Profile: public"));
        var other = await Answer.ReadAsync(await scenario.SendAsync("GET", "", headers: "Accept-Profile: private"));

        Assert.Equal((200, "public"), (ok.Status, ok.Header("Content-Profile")));
        Assert.Equal(406, other.Status);
        Assert.Equal("""{"code":"PGRST106","details":null,"hint":"Only the following schemas are exposed: public","message":"Invalid schema: private"}""", other.Body);
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_body_left_unread_releases_its_connection(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine, maxPoolSize: 2);

        for (var i = 0; i < 6; i++)
        {
            // Disposed without writing: a client that went away. With two connections in the pool, a leak would
            // make the third request wait for a connection and fail.
            await using var response = await scenario.SendAsync("GET", "");
            Assert.Equal(200, response.Status);
            Assert.NotNull(response.Body);
        }
    }
}
