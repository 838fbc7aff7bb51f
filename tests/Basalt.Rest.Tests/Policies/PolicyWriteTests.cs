using Basalt.Rest.Tests.Support;
using static Basalt.Rest.Tests.Policies.PolicyData;

namespace Basalt.Rest.Tests.Policies;

/// <summary>
/// Writes touch only the rows their policy allows, and a written row that fails its check refuses the whole write
/// with PostgreSQL's 42501 and changes nothing, on both engines.
/// </summary>
public sealed class PolicyWriteTests
{
    public static TheoryData<Engine> Both => Engines.Both;

    [Theory]
    [MemberData(nameof(Both))]
    public async Task An_insert_the_policy_allows_is_written_with_the_callers_id(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);

        var answer = await SendAsync(scenario, "POST", "/docs?select=title,owner_id", """{"team_id":1,"title":"mine"}""", User(Ann), "Prefer: return=representation");

        Assert.Equal(201, answer.Status);
        Assert.Equal($$"""[{"title":"mine","owner_id":"{{Ann}}"}]""", answer.Json);
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task An_insert_the_policy_refuses_is_42501_and_writes_nothing(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);
        var before = await scenario.Test.DumpAsync("docs");

        var otherTeam = await SendAsync(scenario, "POST", "/docs", """{"team_id":2,"title":"not my team"}""", User(Ann));
        var forOther = await SendAsync(scenario, "POST", "/docs", $$"""{"team_id":1,"title":"as bo","owner_id":"{{Bo}}"}""", User(Ann));
        var oneBadRow = await SendAsync(scenario, "POST", "/docs", """[{"team_id":1,"title":"fine"},{"team_id":2,"title":"bad"}]""", User(Ann));
        var anon = await SendAsync(scenario, "POST", "/docs", """{"team_id":1,"title":"anonymous"}""", TestTokens.Anon());

        foreach (var refused in new[] { otherTeam, forOther, oneBadRow })
        {
            Assert.Equal(403, refused.Status);
            Assert.Equal("42501", refused.Error.GetProperty("code").GetString());
            Assert.Equal("new row violates row-level security policy for table \"docs\"", refused.Error.GetProperty("message").GetString());
        }
        Assert.Equal((401, "42501"), (anon.Status, anon.Error.GetProperty("code").GetString()));
        Assert.Equal(before, await scenario.Test.DumpAsync("docs"));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task An_update_touches_only_the_rows_the_policy_allows(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);

        var all = await SendAsync(scenario, "PATCH", "/docs?select=id", """{"score":7}""", User(Ann), "Prefer: return=representation");
        var others = await SendAsync(scenario, "PATCH", "/docs?id=eq.4&select=id", """{"score":9}""", User(Ann), "Prefer: return=representation");
        var scores = await SendAsync(scenario, "GET", "/docs?select=id,score&order=id", null, "service");

        Assert.Equal([1L, 2L], Ids(all));
        Assert.Equal("[]", others.Json);
        Assert.Equal("""[{"id":1,"score":7},{"id":2,"score":7},{"id":3,"score":0},{"id":4,"score":0},{"id":5,"score":0}]""", scores.Json);
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task An_update_whose_new_row_fails_the_policy_is_refused_and_changes_nothing(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);
        var before = await scenario.Test.DumpAsync("docs");

        var giveAway = await SendAsync(scenario, "PATCH", "/docs?id=eq.1", $$"""{"owner_id":"{{Bo}}"}""", User(Ann));

        Assert.Equal(403, giveAway.Status);
        Assert.Equal("42501", giveAway.Error.GetProperty("code").GetString());
        Assert.Equal(before, await scenario.Test.DumpAsync("docs"));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task An_upsert_cannot_take_over_a_row_the_update_policy_refuses(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);
        var before = await scenario.Test.DumpAsync("docs");

        var takeover = await SendAsync(scenario, "POST", "/docs", $$"""{"id":3,"team_id":1,"owner_id":"{{Ann}}","title":"mine now"}""", User(Ann),
            "Prefer: resolution=merge-duplicates");
        var put = await SendAsync(scenario, "PUT", "/docs?id=eq.3", $$"""{"id":3,"team_id":1,"owner_id":"{{Ann}}","title":"mine now","status":"draft","score":0}""", User(Ann));
        var unchanged = await scenario.Test.DumpAsync("docs");
        var own = await SendAsync(scenario, "POST", "/docs?select=id,title", $$"""{"id":1,"team_id":1,"owner_id":"{{Ann}}","title":"renamed"}""", User(Ann),
            "Prefer: resolution=merge-duplicates, return=representation");

        Assert.Equal((403, "42501"), (takeover.Status, takeover.Error.GetProperty("code").GetString()));
        Assert.Equal((403, "42501"), (put.Status, put.Error.GetProperty("code").GetString()));
        Assert.Equal(before, unchanged);
        Assert.Equal("""[{"id":1,"title":"renamed"}]""", own.Json);
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task A_role_map_gives_a_custom_role_its_own_policy(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);

        var editor = await SendAsync(scenario, "PATCH", "/docs?select=id", """{"score":1}""", User(Ed, "editor"), "Prefer: return=representation");

        Assert.Equal([1L, 2L, 3L, 4L, 5L], Ids(editor));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task A_delete_removes_only_the_rows_the_policy_allows(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);

        var ann = await SendAsync(scenario, "DELETE", "/docs?select=id", null, User(Ann), "Prefer: return=representation");
        var anon = await SendAsync(scenario, "DELETE", "/docs?select=id", null, TestTokens.Anon(), "Prefer: return=representation");
        var admin = await SendAsync(scenario, "DELETE", "/docs?id=eq.3&select=id", null, User(Ada, "admin", "editor"), "Prefer: return=representation");
        var left = await SendAsync(scenario, "GET", "/docs?select=id", null, "service");

        Assert.Equal([1L], Ids(ann));
        Assert.Equal("[]", anon.Json);
        Assert.Equal([3L], Ids(admin));
        Assert.Equal([2L, 4L, 5L], Ids(left));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task Writes_to_a_table_without_a_policy_for_them_are_refused(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);
        var before = await scenario.Test.DumpAsync("teams");

        var insert = await SendAsync(scenario, "POST", "/teams", """{"id":3,"name":"three"}""", User(Ann));
        var delete = await SendAsync(scenario, "DELETE", "/teams", null, User(Ann));

        Assert.Equal((403, "permission denied for table teams"), (insert.Status, insert.Error.GetProperty("message").GetString()));
        Assert.Equal(403, delete.Status);
        Assert.Equal(before, await scenario.Test.DumpAsync("teams"));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task Service_role_bypasses_every_policy(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);

        var insert = await SendAsync(scenario, "POST", "/docs", """{"team_id":2,"title":"anywhere","owner_id":null}""", "service");
        var delete = await SendAsync(scenario, "DELETE", "/notes", null, "service");

        Assert.Equal(201, insert.Status);
        Assert.Equal(204, delete.Status);
    }

    private static async Task<Answer> SendAsync(LibraryScenario scenario, string method, string url, string? body, string token, params string[] headers)
    {
        await using var response = await scenario.SendAsync(method, url, body, headers, token);
        return await Answer.ReadAsync(response);
    }
}
