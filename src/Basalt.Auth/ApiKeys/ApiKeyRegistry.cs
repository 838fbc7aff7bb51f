using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Basalt.Auth.Errors;
using Basalt.Auth.Storage;

namespace Basalt.Auth.ApiKeys;

/// <summary>
/// Creates, lists, revokes and checks opaque API keys. A check looks the key up by its SHA-256 and compares the stored
/// hash in constant time; the answer (found or not) is remembered for <see cref="CacheLifetime"/>, so a busy key costs
/// one query per ten seconds, and a key revoked by another process (the CLI) stops working within that bound — at once
/// when revoked through this registry. Uses are counted in memory and written as one update per key at most every
/// <see cref="UsageFlushInterval"/> (on the next check after the interval, or <see cref="FlushUsageAsync"/>).
/// </summary>
public sealed partial class ApiKeyRegistry(AuthDatabase database, TimeProvider time)
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan UsageFlushInterval = TimeSpan.FromSeconds(10);

    private const int MaxCachedKeys = 10_000;

    private readonly ConcurrentDictionary<string, (ApiKeyRecord? Key, DateTimeOffset FetchedAt)> cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, (long Uses, DateTimeOffset LastUsed)> usage = new();
    private int flushing;
    private DateTimeOffset lastFlush = time.GetUtcNow();

    /// <summary>Creates a key; the answer holds the key itself, which is never shown again.</summary>
    public async Task<AuthResult<(ApiKeyRecord Key, string Secret)>> CreateAsync(string? name, string? role, DateTimeOffset? expiresAt, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            return AuthErrors.Validation("An API key needs a name of 1 to 200 characters");
        }
        if (role is null || !RolePattern().IsMatch(role))
        {
            return AuthErrors.Validation("An API key needs a role: a lower-case name of letters, digits and _ (e.g. service_role, anon)");
        }
        if (expiresAt is { } expires && expires <= now)
        {
            return AuthErrors.Validation("An API key's expiry must be in the future");
        }
        var secret = ApiKeySecret.New();
        var key = new ApiKeyRecord(Guid.NewGuid(), name.Trim(), ApiKeySecret.Shown(secret), role, Values.Truncate(now))
        {
            ExpiresAt = expiresAt is { } e ? Values.Truncate(e) : null,
        };
        await database.InTransactionAsync(async tx =>
        {
            await ApiKeyStore.InsertAsync(tx, key, ApiKeySecret.Hash(secret));
            return true;
        }, ct);
        return (key, secret);
    }

    public Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken ct) => database.InTransactionAsync(ApiKeyStore.ListAsync, ct);

    /// <summary>Revokes the key: the revoked record, or null when no such key exists. Revoking twice keeps the first time.</summary>
    public async Task<ApiKeyRecord?> RevokeAsync(Guid id, CancellationToken ct)
    {
        var revoked = await database.InTransactionAsync(async tx =>
        {
            await ApiKeyStore.RevokeAsync(tx, id, time.GetUtcNow());
            return await ApiKeyStore.FindAsync(tx, id);
        }, ct);
        // This process stops accepting it at once; other processes within CacheLifetime.
        foreach (var entry in cache.Where(e => e.Value.Key?.Id == id))
        {
            cache.TryRemove(entry.Key, out _);
        }
        return revoked;
    }

    /// <summary>The usable key <paramref name="secret"/> is, counted as one use; null for an unknown, revoked or expired key.</summary>
    public async Task<ApiKeyRecord?> ResolveAsync(string secret, CancellationToken ct)
    {
        if (!ApiKeySecret.IsOpaqueKey(secret) || secret.Length > 128)
        {
            return null;
        }
        var now = time.GetUtcNow();
        var hash = ApiKeySecret.Hash(secret);
        if (!cache.TryGetValue(hash, out var cached) || now - cached.FetchedAt >= CacheLifetime)
        {
            var found = await database.InTransactionAsync(tx => ApiKeyStore.FindByHashAsync(tx, hash), ct);
            // The row was found by this hash; comparing it again in constant time keeps the check free of early exits.
            var key = found is { } row && Tokens.Secrets.FixedTimeEquals(row.Hash, hash) ? row.Key : null;
            if (cache.Count >= MaxCachedKeys)
            {
                cache.Clear();
            }
            cached = (key, now);
            cache[hash] = cached;
        }
        if (cached.Key is not { } usable || !usable.IsUsable(now))
        {
            return null;
        }
        usage.AddOrUpdate(usable.Id, (1, now), (_, u) => (u.Uses + 1, now > u.LastUsed ? now : u.LastUsed));
        if (now - lastFlush >= UsageFlushInterval)
        {
            await FlushUsageAsync(ct);
        }
        return usable;
    }

    /// <summary>Writes the uses counted since the last flush, one update per key; a failed write keeps them for the next.</summary>
    public async Task FlushUsageAsync(CancellationToken ct = default)
    {
        if (Interlocked.Exchange(ref flushing, 1) == 1)
        {
            return;
        }
        try
        {
            lastFlush = time.GetUtcNow();
            var batch = new List<(Guid Id, long Uses, DateTimeOffset LastUsed)>();
            foreach (var id in usage.Keys)
            {
                if (usage.TryRemove(id, out var tally))
                {
                    batch.Add((id, tally.Uses, tally.LastUsed));
                }
            }
            if (batch.Count == 0)
            {
                return;
            }
            try
            {
                await database.InTransactionAsync(async tx =>
                {
                    foreach (var (id, uses, lastUsed) in batch)
                    {
                        await ApiKeyStore.AddUsageAsync(tx, id, uses, lastUsed);
                    }
                    return true;
                }, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                foreach (var (id, uses, lastUsed) in batch)
                {
                    usage.AddOrUpdate(id, (uses, lastUsed), (_, u) => (u.Uses + uses, u.LastUsed > lastUsed ? u.LastUsed : lastUsed));
                }
            }
        }
        finally
        {
            Volatile.Write(ref flushing, 0);
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex RolePattern();
}
