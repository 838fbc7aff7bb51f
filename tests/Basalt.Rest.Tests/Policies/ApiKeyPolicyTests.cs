using Basalt.Auth.ApiKeys;
using Basalt.Auth.Storage;
using Basalt.Rest.Tests.Support;
using static Basalt.Rest.Tests.Policies.PolicyData;

namespace Basalt.Rest.Tests.Policies;

/// <summary>Opaque API keys in the <c>apikey</c> header: the key's role decides what REST returns, on both engines.</summary>
public sealed class ApiKeyPolicyTests
{
    public static TheoryData<Engine> Both => Engines.Both;

    [Theory]
    [MemberData(nameof(Both))]
    public async Task A_service_role_key_bypasses_policies_and_an_anon_key_sees_anons_rows(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);
        var keys = Registry(scenario, TestTokens.Now);
        var service = (await keys.CreateAsync("ci", "service_role", null, default)).Value.Secret;
        var anon = (await keys.CreateAsync("web", "anon", null, default)).Value.Secret;

        Assert.Equal([1L, 2L, 3L, 4L, 5L], await IdsAsync(scenario, [$"apikey: {service}"]));
        Assert.Equal([2L, 4L], await IdsAsync(scenario, [$"apikey: {anon}"]));
        // supabase-js sends the key as the bearer too; a user's token alongside the key decides the user.
        Assert.Equal([2L, 4L], await IdsAsync(scenario, [$"apikey: {anon}", $"Authorization: Bearer {anon}"]));
        Assert.Equal([1L, 2L, 4L], await IdsAsync(scenario, [$"apikey: {anon}", $"Authorization: Bearer {User(Ann)}"]));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task A_revoked_expired_or_unknown_key_is_refused_even_with_a_user_token(Engine engine)
    {
        await using var scenario = await LibraryScenario.StartAsync(engine, Schema, Seed);
        var keys = Registry(scenario, TestTokens.Now);
        var (revoked, revokedSecret) = (await keys.CreateAsync("old", "service_role", null, default)).Value;
        await keys.RevokeAsync(revoked.Id, default);
        var past = Registry(scenario, TestTokens.Now.AddDays(-2));
        var expired = (await past.CreateAsync("short", "service_role", TestTokens.Now.AddDays(-1), default)).Value.Secret;

        foreach (var key in new[] { revokedSecret, expired, "bsk_" + new string('A', 43), "bsk_' OR 1=1 --" })
        {
            foreach (var headers in new[] { new[] { $"apikey: {key}" }, [$"apikey: {key}", $"Authorization: Bearer {User(Ann)}"] })
            {
                await using var response = await scenario.SendAsync("GET", "/docs?select=id", headers: headers, token: null);
                var answer = await Answer.ReadAsync(response);
                Assert.Equal(401, answer.Status);
                Assert.Contains("\"code\":\"PGRST301\"", answer.Body, StringComparison.Ordinal);
                Assert.Contains("Invalid API key", answer.Body, StringComparison.Ordinal);
            }
        }
        await using var delete = await scenario.SendAsync("DELETE", "/docs?id=gt.0", headers: [$"apikey: {revokedSecret}"], token: null);
        Assert.Equal(401, delete.Status);
        Assert.Equal([1L, 2L, 3L, 4L, 5L], await IdsAsync(scenario, [$"apikey: {TestTokens.ServiceRole()}"]));
    }

    private static ApiKeyRegistry Registry(LibraryScenario scenario, DateTimeOffset now) =>
        new(new AuthDatabase(scenario.Test.Database), new FixedTime(now));

    private static async Task<IReadOnlyList<long>> IdsAsync(LibraryScenario scenario, string[] headers)
    {
        await using var response = await scenario.SendAsync("GET", "/docs?select=id", headers: headers, token: null);
        var answer = await Answer.ReadAsync(response);
        Assert.True(answer.Status == 200, $"{answer.Status} {answer.Body}");
        return Ids(answer);
    }
}
