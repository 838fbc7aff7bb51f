using Basalt.Rest.Tests.Support;
using Basalt.Sql.Rendering;

namespace Basalt.Rest.Tests.Handler;

/// <summary>
/// Who gets in, until policies arrive: the service role does everything; any other verified role is refused as
/// PostgreSQL refuses a role without grants; no token, or a bad one, is PostgREST's 401. A refusal runs no SQL.
/// </summary>
public sealed class AccessTests
{
    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task No_token_is_401_pgrst302_before_anything_else(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("GET", "select=bad(", token: null));

        Assert.Equal(401, answer.Status);
        Assert.Equal("""{"code":"PGRST302","details":null,"hint":null,"message":"Anonymous access is disabled"}""", answer.Body);
        Assert.Equal("Bearer", answer.Header("WWW-Authenticate"));
        Assert.Equal("0", answer.Header("X-Basalt-Sql-Commands"));
        Assert.Matches("^jwt;dur=[0-9]+\\.[0-9]$", answer.Header("Server-Timing"));
        Assert.Null(answer.Header("Vary"));
        Assert.Equal(0, scenario.Planned);
    }

    [Theory]
    [InlineData("not-a-jwt", "PGRST301", "Expected 3 parts in JWT; got 1", null)]
    [InlineData("", "PGRST301", "Empty JWT is sent in Authorization header", null)]
    [InlineData("wrong-key", "PGRST301", "No suitable key or wrong key type", "None of the keys was able to decode the JWT")]
    [InlineData("expired", "PGRST303", "JWT expired", null)]
    [InlineData("audience", "PGRST303", "JWT not in audience", null)]
    public async Task A_bad_token_is_401_with_the_invalid_token_challenge(string kind, string code, string message, string? details)
    {
        await using var scenario = await HandlerScenario.StartAsync(Engine.Sqlite);
        var token = kind switch
        {
            "wrong-key" => TestTokens.Sign(new { role = "service_role" }, TestTokens.OtherSecret),
            "expired" => TestTokens.Sign(new { role = "service_role", exp = TestTokens.NowSeconds - 60 }),
            "audience" => TestTokens.Sign(new { role = "service_role", aud = "elsewhere" }),
            _ => kind,
        };

        var answer = await Answer.ReadAsync(await scenario.SendAsync("GET", "", token: token));

        Assert.Equal(401, answer.Status);
        Assert.Equal(code, answer.Error.GetProperty("code").GetString());
        Assert.Equal(message, answer.Error.GetProperty("message").GetString());
        Assert.Equal(details, answer.Error.GetProperty("details").GetString());
        Assert.Equal($"Bearer error=\"invalid_token\", error_description=\"{message}\"", answer.Header("WWW-Authenticate"));
        Assert.Equal(0, scenario.Planned);
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task The_service_key_in_apikey_alone_is_enough(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        await using var response = await scenario.SendAsync("GET", "", token: null, headers: "apikey: " + TestTokens.ServiceRole());

        Assert.Equal(200, response.Status);
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task Bearer_wins_over_apikey(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("GET", "", token: TestTokens.Anon(), headers: "apikey: " + TestTokens.ServiceRole()));

        Assert.Equal(401, answer.Status);
        Assert.Equal("42501", answer.Error.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("anon", 401)]
    [InlineData("authenticated", 403)]
    [InlineData("editor", 403)]
    [InlineData("none", 401)]
    public async Task Another_role_is_refused_as_without_grants_and_nothing_runs(string role, int status)
    {
        await using var scenario = await HandlerScenario.StartAsync(Engine.Sqlite);
        var token = role switch
        {
            "anon" => TestTokens.Anon(),
            "authenticated" => TestTokens.Authenticated(),
            "none" => TestTokens.Sign(new { sub = "u1" }),
            _ => TestTokens.Sign(new { role }),
        };

        foreach (var (method, body) in new[] { ("GET", (string?)null), ("POST", """{"name":"x"}"""), ("PATCH", """{"qty":1}"""), ("DELETE", null) })
        {
            var answer = await Answer.ReadAsync(await scenario.SendAsync(method, "", body, token: token));

            Assert.Equal(status, answer.Status);
            Assert.Equal("""{"code":"42501","details":null,"hint":null,"message":"permission denied for table items"}""", answer.Body);
            Assert.Equal(status == 401 ? "Bearer" : null, answer.Header("WWW-Authenticate"));
            Assert.Equal("0", answer.Header("X-Basalt-Sql-Commands"));
        }
        Assert.Equal(0, scenario.Renderer.Rendered);
        Assert.Equal("1|ann|1\n2|bob|null\n3|cy|3\n", await scenario.DumpAsync());
    }

    [Fact]
    public async Task A_bad_request_is_reported_before_access_is_checked()
    {
        await using var scenario = await HandlerScenario.StartAsync(Engine.Sqlite);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("GET", "select=a,", token: TestTokens.Anon()));

        Assert.Equal(400, answer.Status);
        Assert.Equal("PGRST100", answer.Error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_planner_is_told_the_role_and_user()
    {
        await using var scenario = await HandlerScenario.StartAsync(Engine.Sqlite);

        await (await scenario.SendAsync("GET", "", token: TestTokens.ServiceRole(new { sub = "u-7" }))).DisposeAsync();
        var withUser = scenario.LastContext;
        await (await scenario.SendAsync("GET", "", token: TestTokens.Authenticated("u-8"))).DisposeAsync();

        Assert.Equal(("service_role", "u-7"), (withUser!.Role, withUser.UserId));
        Assert.Equal(("authenticated", "u-8"), (scenario.LastContext!.Role, scenario.LastContext.UserId));
        Assert.Equal("u-8", scenario.LastContext.Claims.GetProperty("sub").GetString());
    }

    [Theory]
    [InlineData("items", 200, "OPTIONS,GET,HEAD,POST,PUT,PATCH,DELETE")]
    [InlineData("itemz", 404, null)]
    public async Task Options_lists_the_verbs_without_touching_the_database(string table, int status, string? allow)
    {
        await using var scenario = await HandlerScenario.StartAsync(Engine.Sqlite);
        scenario.Database.OpenFailure = new InvalidOperationException("the database must not be opened");

        var answer = await Answer.ReadAsync(await scenario.SendToAsync(table, "OPTIONS", token: TestTokens.Anon()));

        Assert.Equal(status, answer.Status);
        Assert.Equal(allow, answer.Header("Allow"));
        if (status == 200)
        {
            Assert.Equal(("", "*"), (answer.Body, answer.Header("Access-Control-Allow-Origin")));
        }
        else
        {
            Assert.Equal("""{"code":"PGRST205","details":null,"hint":"Perhaps you meant the table 'public.items'","message":"Could not find the table 'public.itemz' in the schema cache"}""", answer.Body);
        }
    }

    [Fact]
    public async Task A_failure_nobody_expected_is_a_generic_500_with_the_request_id_and_the_exception_for_the_log()
    {
        await using var scenario = await HandlerScenario.StartAsync(Engine.Sqlite);
        scenario.Render = _ => throw new InvalidOperationException("secret internals at /srv/basalt");

        await using var response = await scenario.SendAsync("GET", "");
        var body = await response.ReadBodyAsStringAsync();

        Assert.Equal(500, response.Status);
        Assert.Equal("""{"code":"PGRSTX00","details":"Request id req-test; the server log has the details.","hint":null,"message":"An unexpected error occurred"}""", body);
        Assert.IsType<InvalidOperationException>(response.Failure);
        Assert.Equal("0", response.Header("X-Basalt-Sql-Commands"));
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task Sql_the_database_rejects_as_invalid_is_a_500_that_shows_no_sql(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);
        scenario.Render = _ => new SqlCommand("SELEC body FROM secret_table", [], ResultShape.Document);

        await using var response = await scenario.SendAsync("GET", "");
        var body = await response.ReadBodyAsStringAsync();

        Assert.Equal(500, response.Status);
        Assert.Equal("PGRSTX00", System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain("secret_table", body);
        Assert.NotNull(response.Failure);
        Assert.Equal("1", response.Header("X-Basalt-Sql-Commands"));
    }

    [Fact]
    public async Task A_database_that_cannot_be_reached_is_503_pgrst000()
    {
        await using var scenario = await HandlerScenario.StartAsync(Engine.Sqlite);
        scenario.Database.OpenFailure = new IOException("connection refused to db.internal:5432 as admin");

        await using var response = await scenario.SendAsync("GET", "");
        var body = await response.ReadBodyAsStringAsync();

        Assert.Equal(503, response.Status);
        Assert.Equal("""{"code":"PGRST000","details":"The database could not be reached; the server log has the details.","hint":null,"message":"Database connection error"}""", body);
        Assert.IsType<IOException>(response.Failure);
    }
}
