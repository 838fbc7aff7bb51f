using Basalt.Auth.RateLimiting;
using Basalt.Testing;
using StackExchange.Redis;

namespace Basalt.Auth.Tests;

/// <summary>The Redis rate-limit store against a real Redis: shared counts, aligned windows, hashed keys, and its fallback.</summary>
public sealed class RedisRateLimitStoreTests : IAsyncLifetime
{
    private static readonly RateLimitRule ThreePerMinute = new(3, TimeSpan.FromMinutes(1));

    // Two clients stand for two instances of Basalt behind one Redis.
    private ConnectionMultiplexer first = null!;
    private ConnectionMultiplexer second = null!;

    public async Task InitializeAsync()
    {
        first = await ConnectionMultiplexer.ConnectAsync(RedisUrl.Parse(TestRedis.Url));
        second = await ConnectionMultiplexer.ConnectAsync(RedisUrl.Parse(TestRedis.Url));
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
    }

    [Fact]
    public async Task Instances_behind_one_redis_share_the_count_and_the_retry_after()
    {
        var key = "signin:ip:" + Guid.NewGuid();
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000).AddSeconds(15);
        var a = new RedisRateLimitStore(first);
        var b = new RedisRateLimitStore(second);

        var answers = new[]
        {
            await a.HitAsync(key, ThreePerMinute, now, default),
            await b.HitAsync(key, ThreePerMinute, now, default),
            await a.HitAsync(key, ThreePerMinute, now, default),
            await b.HitAsync(key, ThreePerMinute, now, default),
        };

        Assert.Equal([true, true, true, false], answers.Select(d => d.Allowed).ToArray());
        // The window is the minute from :00; the hit came at :15.
        Assert.Equal(TimeSpan.FromSeconds(45), answers[3].RetryAfter);
        Assert.True((await new RedisRateLimitStore(first).HitAsync("other:" + Guid.NewGuid(), ThreePerMinute, now, default)).Allowed);
    }

    [Fact]
    public async Task The_next_window_starts_a_new_count()
    {
        var key = "signin:ip:" + Guid.NewGuid();
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var store = new RedisRateLimitStore(first);
        for (var i = 0; i < 3; i++)
        {
            await store.HitAsync(key, ThreePerMinute, now.AddSeconds(59), default);
        }

        Assert.False((await store.HitAsync(key, ThreePerMinute, now.AddSeconds(59), default)).Allowed);
        Assert.True((await store.HitAsync(key, ThreePerMinute, now.AddSeconds(60), default)).Allowed);
    }

    [Fact]
    public async Task Keys_are_hashed_and_expire_after_their_window()
    {
        var key = $"signin:account:who-{Guid.NewGuid():N}@example.com";
        var now = DateTimeOffset.UtcNow;

        await new RedisRateLimitStore(first).HitAsync(key, ThreePerMinute, now, default);

        var stored = RedisRateLimitStore.RedisKey(key, ThreePerMinute, now);
        var ttl = await first.GetDatabase().KeyTimeToLiveAsync(stored);
        Assert.Equal(1, (long)await first.GetDatabase().StringGetAsync(stored));
        Assert.DoesNotContain("@", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("who-", stored, StringComparison.Ordinal);
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.Zero, TimeSpan.FromSeconds(61));
    }

    [Fact]
    public async Task An_unreachable_redis_falls_back_to_local_counts_and_says_so()
    {
        // Nothing listens on port 1 of loopback: every command fails fast.
        var options = RedisUrl.Parse("redis://127.0.0.1:1");
        options.ConnectTimeout = 200;
        await using var down = await ConnectionMultiplexer.ConnectAsync(options);
        var failures = new List<Exception>();
        var store = new RedisRateLimitStore(down, failures.Add);
        var now = DateTimeOffset.UtcNow;

        var answers = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await store.HitAsync("k", ThreePerMinute, now, default)).Allowed);
        }

        Assert.Equal([true, true, true, false], answers);
        Assert.Equal(4, failures.Count);
    }
}
