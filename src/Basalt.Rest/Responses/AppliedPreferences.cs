using Basalt.Query.Request;

namespace Basalt.Rest.Responses;

/// <summary>
/// <c>Preference-Applied</c>: the preferences this response honoured, in PostgREST's order and by PostgREST's rules of
/// which apply to what (its <c>responsePreferences</c>): <c>resolution</c> on POST to a table with a primary key or an
/// <c>on_conflict</c>; <c>missing</c> on POST and PATCH; <c>return</c> on writes; <c>count</c>, <c>tx</c> and
/// <c>handling</c> on everything; <c>max-affected</c> on PATCH and DELETE under <c>handling=strict</c>.
/// <c>timezone</c> is never listed: Basalt does not apply it.
/// </summary>
public static class AppliedPreferences
{
    public const string HeaderName = "Preference-Applied";

    /// <summary>The header value, or null when nothing applied.</summary>
    public static string? Header(ApiRequest request, bool tableHasPrimaryKey)
    {
        var prefer = request.Preferences;
        var kind = request.Kind;
        var write = kind is RequestKind.Insert or RequestKind.Update or RequestKind.Upsert or RequestKind.Delete;
        var applied = new List<string>();
        if (kind == RequestKind.Insert && (tableHasPrimaryKey || request.OnConflict is not null) && prefer.Resolution is { } resolution)
        {
            applied.Add(resolution == PreferResolution.MergeDuplicates ? "resolution=merge-duplicates" : "resolution=ignore-duplicates");
        }
        if (kind is RequestKind.Insert or RequestKind.Update && prefer.Missing is { } missing)
        {
            applied.Add(missing == PreferMissing.Default ? "missing=default" : "missing=null");
        }
        if (write && prefer.Return is { } value)
        {
            applied.Add(value switch
            {
                PreferReturn.Minimal => "return=minimal",
                PreferReturn.HeadersOnly => "return=headers-only",
                _ => "return=representation",
            });
        }
        if (prefer.Count is { } count)
        {
            applied.Add("count=" + count.ToString().ToLowerInvariant());
        }
        if (prefer.Transaction is { } transaction)
        {
            applied.Add("tx=" + transaction.ToString().ToLowerInvariant());
        }
        if (prefer.Handling is { } handling)
        {
            applied.Add("handling=" + handling.ToString().ToLowerInvariant());
        }
        if (kind is RequestKind.Update or RequestKind.Delete && prefer.Handling == PreferHandling.Strict && prefer.MaxAffected is { } max)
        {
            applied.Add("max-affected=" + max);
        }
        return applied.Count == 0 ? null : string.Join(", ", applied);
    }
}
