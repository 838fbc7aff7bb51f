using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using StackExchange.Redis;

namespace Basalt.Auth.RateLimiting;

/// <summary>
/// Fixed-window counters in Redis, shared by every instance behind the same Redis, so a limit holds for the service
/// and not per instance. Windows are aligned to the epoch (the window of a hit is <c>now / window</c>), so the caller's
/// clock decides the window and each instance counts into the same key. Keys are hashed: emails and addresses are
/// never written to Redis. When Redis cannot be reached the hit is counted in this process instead (limits then hold
/// per instance, as without Redis) and <paramref name="unavailable"/> hears of it; sign-in never stops for a cache.
/// </summary>
public sealed class RedisRateLimitStore(IConnectionMultiplexer redis, Action<Exception>? unavailable = null) : IRateLimitStore
{
    // INCR, and give a new window's key its expiry in the same round trip (a crash between the two cannot leave a key forever).
    private static readonly LuaScript Hit = LuaScript.Prepare(
        "local n = redis.call('INCR', @key) if n == 1 then redis.call('PEXPIRE', @key, @ttl) end return n");

    private readonly InMemoryRateLimitStore fallback = new();

    public async ValueTask<RateLimitDecision> HitAsync(string key, RateLimitRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var windowMs = Math.Max(1L, (long)rule.Window.TotalMilliseconds);
        var window = now.ToUnixTimeMilliseconds() / windowMs;
        var endsAt = DateTimeOffset.FromUnixTimeMilliseconds((window + 1) * windowMs);
        var redisKey = RedisKey(key, rule, now);
        long count;
        try
        {
            // Kept a second past the window's end, so clocks of instances a little apart still find it.
            var ttl = (long)(endsAt - now).TotalMilliseconds + 1000;
            count = (long)await redis.GetDatabase().ScriptEvaluateAsync(Hit, new { key = (RedisKey)redisKey, ttl });
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            unavailable?.Invoke(e);
            return await fallback.HitAsync(key, rule, now, cancellationToken);
        }
        return count <= rule.Limit ? RateLimitDecision.Allow : new RateLimitDecision(false, endsAt - now);
    }

    /// <summary>The Redis key counting <paramref name="key"/> in the window of <paramref name="rule"/> that holds <paramref name="now"/>.</summary>
    internal static string RedisKey(string key, RateLimitRule rule, DateTimeOffset now)
    {
        var window = now.ToUnixTimeMilliseconds() / Math.Max(1L, (long)rule.Window.TotalMilliseconds);
        var hashed = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return "basalt:rl:" + hashed + ":" + window.ToString(CultureInfo.InvariantCulture);
    }
}
