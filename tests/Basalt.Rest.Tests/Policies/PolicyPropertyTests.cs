using System.Text.Json;
using Basalt.Rest.Tests.Support;
using Basalt.Spec.Policies;
using Basalt.Spec.Schema;
using CsCheck;
using static Basalt.Rest.Tests.Policies.PolicyData;

namespace Basalt.Rest.Tests.Policies;

/// <summary>
/// For random documents and callers, what REST returns for every operation is what a direct evaluation of the policies
/// in C# (<see cref="PolicyEvaluator"/>, written apart from the SQL compilation) allows over the same rows: reads return
/// the rows the select policy passes, updates and deletes touch the rows their policy and the select policy pass,
/// inserts succeed exactly when the new row passes the insert policy. Writes run with <c>tx=rollback</c>, so every
/// caller sees the same rows.
/// </summary>
public sealed class PolicyPropertyTests
{
    private static readonly string?[] Owners = [Ann, Bo, Ed, Ada, null];

    private static readonly (string Name, string Token, JsonElement Claims)[] Callers =
    [
        Caller("anon", TestTokens.Anon()),
        Caller("ann", User(Ann)),
        Caller("bo", User(Bo)),
        Caller("ed editor", User(Ed, "editor")),
        Caller("ada admin", User(Ada, "admin")),
    ];

    private static readonly Gen<Doc> Docs = Gen.Select(Gen.Int[1, 2], Gen.Int[0, Owners.Length - 1], Gen.Bool, Gen.Int[0, 9],
        (team, owner, published, score) => new Doc(team, Owners[owner], published ? "published" : "draft", score));

    private static readonly Gen<(Doc[] Rows, Doc Candidate)> Cases = Gen.Select(Docs.Array[0, 8], Docs);

    [Theory]
    [InlineData(Engine.Sqlite, 40)]
    [InlineData(Engine.Postgres, 15)]
    public async Task Rest_answers_what_the_policies_evaluated_in_csharp_allow(Engine engine, int samples)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed.Where(s => s.Table is "teams" or "members"));
        var members = new[] { (1L, Ann), (1L, Ed), (2L, Bo) }
            .Select(m => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["team_id"] = m.Item1, ["user_id"] = m.Item2 })
            .ToList();

        await Cases.SampleAsync(async sample =>
        {
            var rows = await ReplaceDocsAsync(scenario, sample.Rows);
            foreach (var (name, token, claims) in Callers)
            {
                var evaluator = new PolicyEvaluator(Schema, PolicyCaller.FromClaims(claims), TestTokens.Now,
                    table => table.Name == "members" ? members : rows);
                var docs = Schema.Find(new TableName(null, "docs"))!;
                bool Passes(Func<TablePolicies, PolicyRule?> operation, IReadOnlyDictionary<string, object?> row) =>
                    Applicable(operation(docs.Policies), claims).Any(condition => evaluator.Passes(condition, row));
                long[] Expected(Func<IReadOnlyDictionary<string, object?>, bool> passes) =>
                    [.. rows.Where(passes).Select(r => (long)r["id"]!).Order()];

                var read = await SendAsync(scenario, "GET", "/docs?select=id", null, token);
                var updated = await SendAsync(scenario, "PATCH", "/docs?select=id", """{"score":100}""", token, "Prefer: return=representation, tx=rollback");
                var deleted = await SendAsync(scenario, "DELETE", "/docs?select=id", null, token, "Prefer: return=representation, tx=rollback");
                var inserted = await SendAsync(scenario, "POST", "/docs", sample.Candidate.Json, token, "Prefer: return=minimal, tx=rollback");

                bool Governs(Func<TablePolicies, PolicyRule?> operation) => Applicable(operation(docs.Policies), claims).Any();

                AssertRows(name, read, Governs(p => p.Select), Expected(r => Passes(p => p.Select, r)));
                AssertRows(name, updated, Governs(p => p.Update), Expected(r => Passes(p => p.Update, r) && Passes(p => p.Select, r)));
                AssertRows(name, deleted, Governs(p => p.Delete), Expected(r => Passes(p => p.Delete, r) && Passes(p => p.Select, r)));
                Assert.True((inserted.Status == 201) == Passes(p => p.Insert, sample.Candidate.Row(0)), $"{name}: POST {sample.Candidate.Json} answered {inserted.Status} {inserted.Body}");
                if (inserted.Status != 201)
                {
                    Assert.Equal("42501", inserted.Error.GetProperty("code").GetString());
                }
            }
        }, iter: samples, threads: 1, print: s => string.Join(", ", s.Rows.Select(r => r.Json)) + " | new " + s.Candidate.Json);
    }

    /// <summary>The rows a caller's request returned, or PostgreSQL's refusal when no policy of the operation applies to it (default deny).</summary>
    private static void AssertRows(string caller, Answer answer, bool governed, long[] expected)
    {
        if (governed)
        {
            Assert.Equal(expected, Ids(answer));
            return;
        }
        Assert.True(answer.Status is 401 or 403, $"{caller}: expected a refusal, got {answer.Status} {answer.Body}");
        Assert.Equal("42501", answer.Error.GetProperty("code").GetString());
    }

    /// <summary>The expressions a caller gets: the one for every role, its role's, and its custom roles' (any may pass).</summary>
    private static IEnumerable<PolicyCondition> Applicable(PolicyRule? rule, JsonElement claims)
    {
        if (rule is null)
        {
            yield break;
        }
        var caller = PolicyCaller.FromClaims(claims);
        foreach (var role in new[] { PolicyRule.AnyRole, caller.Role }.Concat(caller.Roles).Distinct())
        {
            if (rule.ByRole.TryGetValue(role, out var expression))
            {
                yield return expression.Condition!;
            }
        }
    }

    private static async Task<List<IReadOnlyDictionary<string, object?>>> ReplaceDocsAsync(LibraryScenario scenario, Doc[] docs)
    {
        await SendAsync(scenario, "DELETE", "/docs", null, "service");
        if (docs.Length == 0)
        {
            return [];
        }
        var written = await SendAsync(scenario, "POST", "/docs?select=id", "[" + string.Join(",", docs.Select(d => d.Json)) + "]", "service", "Prefer: return=representation");
        Assert.Equal(201, written.Status);
        var ids = JsonDocument.Parse(written.Body).RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).Order().ToList();
        return [.. docs.Select((doc, i) => doc.Row(ids[i]))];
    }

    private static async Task<Answer> SendAsync(LibraryScenario scenario, string method, string url, string? body, string token, params string[] headers)
    {
        await using var response = await scenario.SendAsync(method, url, body, headers, token);
        return await Answer.ReadAsync(response);
    }

    private static (string, string, JsonElement) Caller(string name, string token)
    {
        var payload = token.Split('.')[1];
        var json = Convert.FromBase64String(payload.Replace('-', '+').Replace('_', '/').PadRight((payload.Length + 3) / 4 * 4, '='));
        return (name, token, JsonDocument.Parse(json).RootElement.Clone());
    }

    private sealed record Doc(long Team, string? Owner, string Status, int Score)
    {
        public string Json => JsonSerializer.Serialize(new { team_id = Team, owner_id = Owner, title = "t", status = Status, score = Score });

        public IReadOnlyDictionary<string, object?> Row(long id) => new Dictionary<string, object?>
        {
            ["id"] = id, ["team_id"] = Team, ["owner_id"] = Owner, ["title"] = "t", ["status"] = Status, ["score"] = (long)Score,
        };
    }
}
