using Basalt.Auth.ApiKeys;
using Basalt.Auth.Tests.Support;

namespace Basalt.Auth.Tests;

/// <summary>Opaque API keys on both engines: hashed storage, expiry, revocation, the cache bound and batched usage.</summary>
public sealed class ApiKeyTests
{
    public static TheoryData<string> Engines => AuthHarness.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_key_is_stored_hashed_resolves_to_its_role_and_counts_its_uses_in_batches(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var keys = auth.Service.ApiKeys;
        var (key, secret) = (await keys.CreateAsync("ci", "service_role", null, default)).Value;
        Assert.Equal(1, await auth.CountAsync("api_keys", $"key_hash = '{ApiKeySecret.Hash(secret)}'"));
        Assert.Equal(0, await auth.CountAsync("api_keys", $"key_hash = '{secret}'"));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("service_role", (await keys.ResolveAsync(secret, default))?.Role);
        }
        // Counted in memory: nothing written until the flush interval has passed.
        Assert.Equal(0, await auth.CountAsync("api_keys", "use_count > 0"));
        auth.Time.Advance(ApiKeyRegistry.UsageFlushInterval);
        Assert.NotNull(await keys.ResolveAsync(secret, default));
        Assert.Equal(1, await auth.CountAsync("api_keys", "use_count = 4 AND last_used_at IS NOT NULL"));
        Assert.Equal(4, (await keys.ListAsync(default)).Single(k => k.Id == key.Id).UseCount);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Revoked_expired_unknown_and_malformed_keys_resolve_to_nothing(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var keys = auth.Service.ApiKeys;
        var (revoked, revokedSecret) = (await keys.CreateAsync("old", "anon", null, default)).Value;
        Assert.NotNull(await keys.ResolveAsync(revokedSecret, default));
        Assert.NotNull(await keys.RevokeAsync(revoked.Id, default));
        Assert.Null(await keys.ResolveAsync(revokedSecret, default));

        var expiring = (await keys.CreateAsync("short", "anon", auth.Time.GetUtcNow().AddMinutes(5), default)).Value.Secret;
        Assert.NotNull(await keys.ResolveAsync(expiring, default));
        auth.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(await keys.ResolveAsync(expiring, default));

        foreach (var bad in new[] { "bsk_" + new string('A', 43), "bsk_' OR '1'='1", "eyJhbGciOiJIUzI1NiJ9.e30.x", "", "bsk_" + new string('A', 500) })
        {
            Assert.Null(await keys.ResolveAsync(bad, default));
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_revocation_by_another_process_applies_within_the_cache_lifetime(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var server = auth.Service.ApiKeys;
        var (key, secret) = (await server.CreateAsync("ci", "service_role", null, default)).Value;
        Assert.NotNull(await server.ResolveAsync(secret, default));

        // The CLI is another registry over the same database.
        var cli = new ApiKeyRegistry(new Storage.AuthDatabase(auth.Database), auth.Time);
        await cli.RevokeAsync(key.Id, default);
        auth.Time.Advance(ApiKeyRegistry.CacheLifetime);
        Assert.Null(await server.ResolveAsync(secret, default));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Bad_names_roles_and_expiries_are_refused_and_write_nothing(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var keys = auth.Service.ApiKeys;
        var now = auth.Time.GetUtcNow();
        Assert.Equal("validation_failed", (await keys.CreateAsync("", "anon", null, default)).Error?.Code);
        Assert.Equal("validation_failed", (await keys.CreateAsync(new string('n', 201), "anon", null, default)).Error?.Code);
        Assert.Equal("validation_failed", (await keys.CreateAsync("x", "anon'; DROP TABLE auth.users; --", null, default)).Error?.Code);
        Assert.Equal("validation_failed", (await keys.CreateAsync("x", "Service_Role", null, default)).Error?.Code);
        Assert.Equal("validation_failed", (await keys.CreateAsync("x", "anon", now, default)).Error?.Code);
        Assert.Equal(0, await auth.CountAsync("api_keys"));
        Assert.Null(await keys.RevokeAsync(Guid.NewGuid(), default));
    }
}
