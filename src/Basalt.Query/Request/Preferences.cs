namespace Basalt.Query.Request;

/// <summary>
/// The <c>Prefer</c> headers (RFC 7240), read as PostgREST reads them: comma-separated tokens over any number of
/// headers, exact and case-sensitive, the first of each kind winning. Unrecognised tokens are kept in
/// <see cref="Invalid"/>: ignored by default, refused with PGRST122 under <c>handling=strict</c>.
/// A <c>max-affected</c> that is not a number is dropped, as PostgREST drops it.
/// </summary>
public sealed record Preferences(
    PreferReturn? Return,
    PreferCount? Count,
    PreferResolution? Resolution,
    PreferMissing? Missing,
    long? MaxAffected,
    PreferTransaction? Transaction,
    PreferHandling? Handling,
    string? Timezone,
    IReadOnlyList<string> Invalid)
{
    public static Preferences None { get; } = new(null, null, null, null, null, null, null, null, []);

    /// <summary>
    /// The recognised preferences as <c>Preference-Applied</c> would list them, in PostgREST's order. The host
    /// drops any it did not honour (e.g. <c>tx</c> when overriding the transaction end is disabled).
    /// <c>max-affected</c> is applied only with <c>handling=strict</c>.
    /// </summary>
    public IReadOnlyList<string> Applied()
    {
        var applied = new List<string>();
        if (Resolution is { } resolution)
        {
            applied.Add(resolution == PreferResolution.MergeDuplicates ? "resolution=merge-duplicates" : "resolution=ignore-duplicates");
        }
        if (Missing is { } missing)
        {
            applied.Add(missing == PreferMissing.Default ? "missing=default" : "missing=null");
        }
        if (Return is { } value)
        {
            applied.Add(value switch
            {
                PreferReturn.Minimal => "return=minimal",
                PreferReturn.HeadersOnly => "return=headers-only",
                _ => "return=representation",
            });
        }
        if (Count is { } count)
        {
            applied.Add("count=" + count.ToString().ToLowerInvariant());
        }
        if (Transaction is { } transaction)
        {
            applied.Add("tx=" + transaction.ToString().ToLowerInvariant());
        }
        if (Handling is { } handling)
        {
            applied.Add("handling=" + handling.ToString().ToLowerInvariant());
        }
        if (Timezone is not null)
        {
            applied.Add("timezone=" + Timezone);
        }
        if (Handling == PreferHandling.Strict && MaxAffected is { } maxAffected)
        {
            applied.Add("max-affected=" + maxAffected);
        }
        return applied;
    }

    public override string ToString()
    {
        var parts = Applied().ToList();
        if (Handling != PreferHandling.Strict && MaxAffected is { } maxAffected)
        {
            parts.Add("max-affected=" + maxAffected);
        }
        parts.AddRange(Invalid.Select(i => "invalid:" + i));
        return string.Join(", ", parts);
    }
}
