using Basalt.Rest.Tests.Support;

namespace Basalt.Rest.Tests.Handler;

/// <summary>POST, PUT, PATCH and DELETE through the handler: statuses, headers, transactions and rollbacks, on both engines.</summary>
public sealed class WriteResponseTests
{
    private const string Seeded = "1|ann|1\n2|bob|null\n3|cy|3\n";

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task An_insert_with_representation_is_201_with_the_new_rows(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("POST", "", """[{"name":"dee","qty":4},{"name":"eve","qty":null}]""", headers: "Prefer: return=representation"));

        Assert.Equal(201, answer.Status);
        Assert.Equal(Answer.Normalize("""[{"id":4,"name":"dee","qty":4},{"id":5,"name":"eve","qty":null}]"""), answer.Json);
        Assert.Equal("*/*", answer.Header("Content-Range"));
        Assert.Equal("return=representation", answer.Header("Preference-Applied"));
        Assert.Equal("application/json; charset=utf-8", answer.Header("Content-Type"));
        Assert.Null(answer.Header("Location"));
        Assert.Equal(Seeded + "4|dee|4\n5|eve|null\n", await scenario.DumpAsync());
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_minimal_insert_is_201_without_a_body(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        await using var response = await scenario.SendAsync("POST", "", """{"name":"dee"}""");

        Assert.Equal(201, response.Status);
        Assert.Null(response.Body);
        Assert.Null(response.Header("Content-Type"));
        Assert.Equal("*/*", response.Header("Content-Range"));
        Assert.Equal(Seeded + "4|dee|null\n", await scenario.DumpAsync());
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_headers_only_insert_of_one_row_says_where_it_is(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        await using var one = await scenario.SendAsync("POST", "", """{"name":"dee"}""", headers: "Prefer: return=headers-only");
        await using var two = await scenario.SendAsync("POST", "", """[{"name":"x"},{"name":"y"}]""", headers: "Prefer: return=headers-only");

        Assert.Equal((201, "/items?id=eq.4"), (one.Status, one.Header("Location")));
        Assert.Null(one.Body);
        Assert.Equal("return=headers-only", one.Header("Preference-Applied"));
        Assert.Equal(201, two.Status);
        Assert.Null(two.Header("Location"));
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_counted_insert_reports_the_rows_it_wrote(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        await using var response = await scenario.SendAsync("POST", "", """[{"name":"x"},{"name":"y"}]""", headers: "Prefer: count=exact");

        Assert.Equal("*/2", response.Header("Content-Range"));
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task Tx_rollback_answers_as_usual_and_keeps_nothing(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("POST", "", """{"name":"dee"}""", headers: "Prefer: return=representation, tx=rollback"));

        Assert.Equal(201, answer.Status);
        Assert.Equal(Answer.Normalize("""[{"id":4,"name":"dee","qty":null}]"""), answer.Json);
        Assert.Equal("return=representation, tx=rollback", answer.Header("Preference-Applied"));
        Assert.Equal(Seeded, await scenario.DumpAsync());
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_unique_violation_is_409_23505_and_no_row_of_the_batch_stays(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("POST", "", """[{"name":"new"},{"name":"ann"}]"""));

        Assert.Equal(409, answer.Status);
        Assert.Equal("23505", answer.Error.GetProperty("code").GetString());
        Assert.Equal("duplicate key value violates unique constraint \"items_name_key\"", answer.Error.GetProperty("message").GetString());
        Assert.Equal("application/json; charset=utf-8", answer.Header("Content-Type"));
        Assert.Equal("1", answer.Header("X-Basalt-Sql-Commands"));
        Assert.Equal(Seeded, await scenario.DumpAsync());
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_not_null_violation_is_400_23502(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("POST", "", """{"qty":1}"""));

        Assert.Equal(400, answer.Status);
        Assert.Equal("23502", answer.Error.GetProperty("code").GetString());
        Assert.Equal("null value in column \"name\" of relation \"items\" violates not-null constraint", answer.Error.GetProperty("message").GetString());
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_minimal_update_is_204_with_the_affected_range(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        await using var response = await scenario.SendAsync("PATCH", "limit=2", """{"qty":9}""");

        Assert.Equal(204, response.Status);
        Assert.Null(response.Body);
        Assert.Equal("0-1/*", response.Header("Content-Range"));
        Assert.Equal("1|ann|9\n2|bob|9\n3|cy|3\n", await scenario.DumpAsync());
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task An_update_with_representation_is_200(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("PATCH", "limit=1", """{"qty":9}""", headers: "Prefer: return=representation, count=exact"));

        Assert.Equal(200, answer.Status);
        Assert.Equal(Answer.Normalize("""[{"id":1,"name":"ann","qty":9}]"""), answer.Json);
        Assert.Equal("0-0/1", answer.Header("Content-Range"));
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task Exceeding_strict_max_affected_is_400_pgrst124_and_rolled_back(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var over = await Answer.ReadAsync(await scenario.SendAsync("PATCH", "", """{"qty":9}""", headers: "Prefer: handling=strict, max-affected=2"));
        var within = await Answer.ReadAsync(await scenario.SendAsync("DELETE", "limit=2", headers: "Prefer: handling=strict, max-affected=2"));

        Assert.Equal(400, over.Status);
        Assert.Equal("""{"code":"PGRST124","details":"The query affects 3 rows","hint":null,"message":"Query result exceeds max-affected preference constraint"}""", over.Body);
        Assert.Equal(204, within.Status);
        Assert.Equal("handling=strict, max-affected=2", within.Header("Preference-Applied"));
        Assert.Equal("3|cy|3\n", await scenario.DumpAsync());
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task Lenient_max_affected_is_ignored(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        await using var response = await scenario.SendAsync("DELETE", "", headers: "Prefer: max-affected=1");

        Assert.Equal(204, response.Status);
        Assert.Null(response.Header("Preference-Applied"));
        Assert.Equal("", await scenario.DumpAsync());
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_write_asked_for_one_object_that_touches_several_is_406_and_rolled_back(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("DELETE", "", headers: ["Accept: application/vnd.pgrst.object+json", "Prefer: return=representation"]));

        Assert.Equal(406, answer.Status);
        Assert.Equal("""{"code":"PGRST116","details":"The result contains 3 rows","hint":null,"message":"Cannot coerce the result to a single JSON object"}""", answer.Body);
        Assert.Equal(Seeded, await scenario.DumpAsync());
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_write_of_one_row_asked_for_one_object_returns_the_object(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("POST", "", """{"name":"dee"}""", headers: ["Accept: application/vnd.pgrst.object+json", "Prefer: return=representation"]));

        Assert.Equal(201, answer.Status);
        Assert.Equal(Answer.Normalize("""{"id":4,"name":"dee","qty":null}"""), answer.Json);
        Assert.Equal("application/vnd.pgrst.object+json; charset=utf-8", answer.Header("Content-Type"));
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_delete_with_representation_is_200_and_csv_works_for_writes(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var answer = await Answer.ReadAsync(await scenario.SendAsync("DELETE", "limit=1", headers: ["Accept: text/csv", "Prefer: return=representation, count=exact"]));

        Assert.Equal(200, answer.Status);
        Assert.Equal("id,name,qty\n1,ann,1", answer.Body);
        Assert.Equal("*/1", answer.Header("Content-Range"));
        Assert.Equal("text/csv; charset=utf-8", answer.Header("Content-Type"));
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task A_put_is_200_with_representation_and_204_without(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        var full = await Answer.ReadAsync(await scenario.SendAsync("PUT", "id=eq.9", """{"id":9,"name":"zed","qty":2}""", headers: "Prefer: return=representation"));
        await using var minimal = await scenario.SendAsync("PUT", "id=eq.10", """{"id":10,"name":"zoe","qty":2}""");

        Assert.Equal(200, full.Status);
        Assert.Null(full.Header("Content-Range"));
        Assert.Equal(204, minimal.Status);
        Assert.Null(minimal.Header("Content-Range"));
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task An_upsert_that_reports_its_inserts_is_201_one_that_only_merged_is_200_and_one_that_reports_nothing_is_200(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);
        var inserted = 0;
        scenario.Render = plan =>
        {
            // The optional "inserted" column: a count in a document, a flag per row in a row-per-item answer.
            var command = ItemsSql.Render(engine, plan);
            return command with
            {
                Text = engine == Engine.Postgres
                    ? command.Text.Replace(" FROM w", $", {inserted} AS \"inserted\" FROM w", StringComparison.Ordinal)
                    : command.Text + $", {inserted} AS \"inserted\"",
            };
        };

        await using var merged = await scenario.SendAsync("POST", "", """{"name":"dee"}""", headers: "Prefer: resolution=merge-duplicates");
        inserted = 1;
        await using var put = await scenario.SendAsync("PUT", "id=eq.9", """{"id":9,"name":"zed"}""", headers: "Prefer: return=representation");
        await using var plain = await HandlerScenario.StartAsync(engine);
        await using var unreported = await plain.SendAsync("PUT", "id=eq.9", """{"id":9,"name":"zed"}""", headers: "Prefer: return=representation");

        Assert.Equal(200, merged.Status);
        Assert.Equal("resolution=merge-duplicates", merged.Header("Preference-Applied"));
        Assert.Equal(201, put.Status);
        Assert.Equal(200, unreported.Status);
    }
}
