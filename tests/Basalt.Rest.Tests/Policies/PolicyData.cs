using System.Text.Json;
using Basalt.Rest.Tests.Support;
using Basalt.Spec.Loading;
using Basalt.Spec.Schema;

namespace Basalt.Rest.Tests.Policies;

/// <summary>
/// The policies schema (<c>Specs/policies.yaml</c>), its seed and its callers. Team 1 has ann and ed as members, team 2
/// has bo. Docs: 1 ann's draft, 2 ann's published, 3 bo's draft, 4 bo's published (team 2), 5 nobody's draft.
/// Comments 1–2 on doc 2 (2 hidden), 3 on doc 4.
/// </summary>
internal static class PolicyData
{
    public const string Ann = "11111111-1111-4111-8111-111111111111";
    public const string Bo = "22222222-2222-4222-8222-222222222222";
    public const string Ed = "33333333-3333-4333-8333-333333333333";
    public const string Ada = "44444444-4444-4444-8444-444444444444";

    public static DatabaseSchema Schema { get; } = Load();

    public static IReadOnlyList<(string Table, string Body)> Seed { get; } =
    [
        ("teams", """[{"id":1,"name":"one"},{"id":2,"name":"two"}]"""),
        ("members", $$"""[{"team_id":1,"user_id":"{{Ann}}"},{"team_id":1,"user_id":"{{Ed}}"},{"team_id":2,"user_id":"{{Bo}}"}]"""),
        ("docs", $$"""
            [{"team_id":1,"owner_id":"{{Ann}}","title":"ann draft","status":"draft"},
             {"team_id":1,"owner_id":"{{Ann}}","title":"ann published","status":"published"},
             {"team_id":2,"owner_id":"{{Bo}}","title":"bo draft","status":"draft"},
             {"team_id":2,"owner_id":"{{Bo}}","title":"bo published","status":"published"},
             {"team_id":1,"owner_id":null,"title":"orphan","status":"draft"}]
            """),
        ("comments", """[{"doc_id":2,"body":"nice","hidden":false},{"doc_id":2,"body":"spam","hidden":true},{"doc_id":4,"body":"ok","hidden":false}]"""),
        ("notes", """[{"id":1,"body":"secret"}]"""),
        ("vault", """[{"id":1,"secret":"kept"}]"""),
        ("tasks", """
            [{"id":1,"status":"open","target":"done","wanted":null},
             {"id":2,"status":"done","target":"open","wanted":"done"},
             {"id":3,"status":"done","target":"open","wanted":"open"},
             {"id":4,"status":"doing","target":"doing","wanted":"zzz"}]
            """),
    ];

    /// <summary>An authenticated user's token, with custom roles in <c>app_metadata.roles</c>.</summary>
    public static string User(string id, params string[] roles) => TestTokens.Sign(new Dictionary<string, object>
    {
        ["role"] = "authenticated",
        ["sub"] = id,
        ["aud"] = "authenticated",
        ["exp"] = TestTokens.NowSeconds + 3600,
        ["app_metadata"] = new Dictionary<string, object> { ["provider"] = "email", ["roles"] = roles },
    });

    public static IReadOnlyList<long> Ids(Answer answer)
    {
        var rows = JsonDocument.Parse(answer.Body).RootElement;
        Assert.True(rows.ValueKind == JsonValueKind.Array, $"{answer.Status}: {answer.Body}");
        return [.. rows.EnumerateArray().Select(row => row.GetProperty("id").GetInt64()).Order()];
    }

    private static DatabaseSchema Load()
    {
        var loaded = SpecLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "Specs", "policies.yaml"));
        return loaded.Succeeded ? loaded.Spec!.Schema : throw new InvalidOperationException(string.Join("\n", loaded.Errors));
    }
}
