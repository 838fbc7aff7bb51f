using Basalt.Rest.Tests.Support;
using static Basalt.Rest.Tests.Policies.PolicyData;

namespace Basalt.Rest.Tests.Policies;

/// <summary>
/// Policies over claims the auth server writes (<c>aal</c> after MFA) and over columns whose types PostgreSQL keeps
/// apart (each enum column has a type of its own), on both engines.
/// </summary>
public sealed class PolicyClaimAndTypeTests
{
    public static TheoryData<Engine> Both => Engines.Both;

    [Theory]
    [MemberData(nameof(Both))]
    public async Task A_table_requiring_aal2_answers_only_a_session_raised_by_mfa(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);

        Assert.Empty(await VisibleAsync(scenario, "/vault?select=id", User(Ann)));
        Assert.Empty(await VisibleAsync(scenario, "/vault?select=id", Session(Ann, "aal1")));
        Assert.Equal([1L], await VisibleAsync(scenario, "/vault?select=id", Session(Ann, "aal2")));

        await using var refused = await scenario.SendAsync("POST", "/vault", """{"id":2,"secret":"new"}""", token: Session(Ann, "aal1"));
        var refusal = await Answer.ReadAsync(refused);
        await using var accepted = await scenario.SendAsync("POST", "/vault", """{"id":3,"secret":"new"}""", token: Session(Ann, "aal2"));

        Assert.Equal(403, refusal.Status);
        Assert.Contains("\"code\":\"42501\"", refusal.Body, StringComparison.Ordinal);
        Assert.Equal(201, accepted.Status);
        Assert.Equal([1L, 3L], await VisibleAsync(scenario, "/vault?select=id", "service"));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task An_enum_column_compares_with_a_text_column_and_another_enum_column(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);

        // 1: open < done by declaration (not by text); 2: done = 'done'; 3: neither ('done' < 'open' only as text); 4: neither.
        Assert.Equal([1L, 2L], await VisibleAsync(scenario, "/tasks?select=id", User(Bo)));
        Assert.Equal([1L, 2L, 3L, 4L], await VisibleAsync(scenario, "/tasks?select=id", "service"));
    }

    /// <summary>A signed-in user's token after a sign-in at the given assurance level, as the auth server writes it.</summary>
    private static string Session(string id, string aal) => TestTokens.Sign(new Dictionary<string, object>
    {
        ["role"] = "authenticated",
        ["sub"] = id,
        ["aud"] = "authenticated",
        ["exp"] = TestTokens.NowSeconds + 3600,
        ["aal"] = aal,
        ["amr"] = new[] { new Dictionary<string, object> { ["method"] = aal == "aal2" ? "totp" : "password", ["timestamp"] = TestTokens.NowSeconds } },
    });

    private static async Task<IReadOnlyList<long>> VisibleAsync(LibraryScenario scenario, string url, string token)
    {
        await using var response = await scenario.SendAsync("GET", url, token: token);
        var answer = await Answer.ReadAsync(response);
        Assert.True(answer.Status == 200, $"{url}: {answer.Status} {answer.Body}");
        return Ids(answer);
    }
}
