using System.Collections.Concurrent;

namespace Basalt.Auth.Tokens;

/// <summary>
/// Tokens already found valid, so a client sending the same token with every request (as supabase-js does) pays for
/// the signature check and the claims parse once, as with PostgREST's JWT cache. Whether a token is valid depends only
/// on its text and the clock, so an entry is kept until the token would be refused as expired (its <c>exp</c> plus
/// the allowed skew), at most <see cref="MaxLifetimeSeconds"/>, and checked against the clock on every hit. Only
/// valid tokens are kept; the cache is bounded and starts over when full.
/// </summary>
internal sealed class AccessTokenCache
{
    public const int Capacity = 10_000;

    public const long MaxLifetimeSeconds = 600;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public bool TryGet(string token, long now, out AccessTokenCheck check)
    {
        if (entries.TryGetValue(token, out var entry))
        {
            if (now <= entry.ValidUntil)
            {
                check = entry.Check;
                return true;
            }
            entries.TryRemove(token, out _);
        }
        check = null!;
        return false;
    }

    public void Add(string token, AccessTokenCheck check, long now, long validUntil)
    {
        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }
        entries[token] = new Entry(check, Math.Min(validUntil, now + MaxLifetimeSeconds));
    }

    private sealed record Entry(AccessTokenCheck Check, long ValidUntil);
}
