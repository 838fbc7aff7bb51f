using Basalt.Rest.Tests.Support;
using static Basalt.Rest.Tests.Policies.PolicyData;

namespace Basalt.Rest.Tests.Policies;

/// <summary>Reads return exactly the rows the select policies let through, at every level, on both engines.</summary>
public sealed class PolicyReadTests
{
    public static TheoryData<Engine> Both => Engines.Both;

    [Theory]
    [MemberData(nameof(Both))]
    public async Task Each_caller_sees_the_rows_its_policy_allows(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);

        Assert.Equal([2L, 4L], await IdsAsync(scenario, "/docs?select=id", TestTokens.Anon()));
        Assert.Equal([1L, 2L, 4L], await IdsAsync(scenario, "/docs?select=id", User(Ann)));
        Assert.Equal([2L, 3L, 4L], await IdsAsync(scenario, "/docs?select=id", User(Bo)));
        Assert.Equal([1L, 2L, 3L, 4L, 5L], await IdsAsync(scenario, "/docs?select=id", User(Ed, "editor")));
        Assert.Equal([1L, 2L, 3L, 4L, 5L], await IdsAsync(scenario, "/docs?select=id", "service"));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task Filters_and_counts_apply_to_the_visible_rows_only(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);

        await using var response = await scenario.SendAsync("GET", "/docs?select=id&status=eq.draft", headers: ["Prefer: count=exact"], token: User(Ann));
        var answer = await Answer.ReadAsync(response);

        Assert.Equal(200, answer.Status);
        Assert.Equal([1L], Ids(answer));
        Assert.Equal("0-0/1", answer.Header("Content-Range"));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task An_exists_policy_reads_another_table_for_the_caller(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);

        Assert.Equal([1L], await IdsAsync(scenario, "/teams?select=id", User(Ann)));
        Assert.Equal([2L], await IdsAsync(scenario, "/teams?select=id", User(Bo)));
        Assert.Empty(await IdsAsync(scenario, "/teams?select=id", User(Ada)));
        Assert.Empty(await IdsAsync(scenario, "/teams?select=id", TestTokens.Anon()));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task Embedded_rows_obey_their_own_tables_policy(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);

        await using var response = await scenario.SendAsync("GET", "/teams?select=id,docs(id),docs_total:docs(count)", token: User(Ann));
        var answer = await Answer.ReadAsync(response);
        await using var comments = await scenario.SendAsync("GET", "/docs?select=id,comments(id)&id=eq.2", token: TestTokens.Anon());
        var onDoc = await Answer.ReadAsync(comments);

        Assert.Equal(200, answer.Status);
        Assert.Equal("""[{"id":1,"docs":[{"id":1},{"id":2}],"docs_total":[{"count":2}]}]""", Answer.Normalize(Sorted(answer.Body)));
        Assert.Equal("""[{"id":2,"comments":[{"id":1}]}]""", onDoc.Json);
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task An_inner_embed_and_a_null_filter_see_the_restricted_children(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);

        // Bo may read team 2 only through members; ann's docs of team 1 are not bo's to see.
        var withComments = await IdsAsync(scenario, "/docs?select=id,comments!inner(id)", User(Bo));
        var withoutComments = await IdsAsync(scenario, "/docs?select=id,comments(id)&comments=is.null", User(Bo));

        Assert.Equal([2L, 4L], withComments);
        Assert.Equal([3L], withoutComments);
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task A_table_without_a_select_policy_is_refused_to_every_role_but_service_role(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);

        var anon = await Answer.ReadAsync(await scenario.SendAsync("GET", "/notes", token: TestTokens.Anon()));
        var user = await Answer.ReadAsync(await scenario.SendAsync("GET", "/notes", token: User(Ann, "admin")));
        var embed = await Answer.ReadAsync(await scenario.SendAsync("GET", "/docs?select=id,teams(id,members(user_id))", token: User(Ann)));
        var service = await Answer.ReadAsync(await scenario.SendAsync("GET", "/notes", token: "service"));

        Assert.Equal((401, "42501"), (anon.Status, anon.Error.GetProperty("code").GetString()));
        Assert.Equal("permission denied for table notes", anon.Error.GetProperty("message").GetString());
        Assert.Equal((403, "42501"), (user.Status, user.Error.GetProperty("code").GetString()));
        Assert.Equal(200, embed.Status);
        Assert.Equal(200, service.Status);
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task A_policy_reading_the_role_folds_to_a_constant(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);

        var asAnon = await IdsAsync(scenario, "/comments?select=id", TestTokens.Anon());
        var asOtherRole = await Answer.ReadAsync(await scenario.SendAsync("GET", "/comments?select=id",
            token: TestTokens.Sign(new Dictionary<string, object> { ["role"] = "reporting", ["exp"] = TestTokens.NowSeconds + 60 })));

        Assert.Equal([1L, 3L], asAnon);
        Assert.Equal("[]", asOtherRole.Json);
    }

    private static async Task<IReadOnlyList<long>> IdsAsync(LibraryScenario scenario, string url, string token)
    {
        await using var response = await scenario.SendAsync("GET", url, token: token);
        var answer = await Answer.ReadAsync(response);
        Assert.True(answer.Status == 200, $"{url}: {answer.Status} {answer.Body}");
        return Ids(answer);
    }

    /// <summary>Embedded arrays come in the engine's order; sorts each by id for comparison.</summary>
    private static string Sorted(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsArray();
        foreach (var row in node)
        {
            if (row!["docs"] is System.Text.Json.Nodes.JsonArray docs)
            {
                var ordered = docs.Select(d => d!.DeepClone()).OrderBy(d => (long)d["id"]!).ToList();
                docs.Clear();
                ordered.ForEach(docs.Add);
            }
        }
        return node.ToJsonString();
    }
}
