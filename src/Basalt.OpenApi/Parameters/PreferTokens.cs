using Basalt.Query.Request;

namespace Basalt.OpenApi.Parameters;

/// <summary>
/// The <c>Prefer</c> tokens each kind of request honours, as the REST handler applies them (<c>AppliedPreferences</c>,
/// PostgREST's rules per method). <c>max-affected=N</c> carries the client's number, so it is a pattern; the rest are
/// an enum. <c>timezone=…</c> is accepted but not applied, so it is not offered.
/// </summary>
internal static class PreferTokens
{
    private static readonly string[] Count = ["count=exact", "count=planned", "count=estimated"];
    private static readonly string[] Return = ["return=minimal", "return=headers-only", "return=representation"];
    private static readonly string[] Transaction = ["tx=commit", "tx=rollback"];
    private static readonly string[] Handling = ["handling=lenient", "handling=strict"];

    public static IReadOnlyList<RequestKind> Kinds { get; } =
        [RequestKind.Read, RequestKind.Insert, RequestKind.Update, RequestKind.Upsert, RequestKind.Delete];

    public static IReadOnlyList<string> Fixed(RequestKind kind) => kind switch
    {
        RequestKind.Read => [.. Count, .. Handling],
        RequestKind.Insert => [.. Return, .. Count, "resolution=merge-duplicates", "resolution=ignore-duplicates", "missing=default", "missing=null", .. Transaction, .. Handling],
        RequestKind.Update => [.. Return, .. Count, "missing=default", "missing=null", .. Transaction, .. Handling],
        RequestKind.Delete => [.. Return, .. Count, .. Transaction, .. Handling],
        RequestKind.Upsert => [.. Return, .. Count, .. Transaction, .. Handling],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "OPTIONS takes no preferences"),
    };

    /// <summary>Regular expressions of the tokens that carry a value.</summary>
    public static IReadOnlyList<string> Patterns(RequestKind kind) => kind is RequestKind.Update or RequestKind.Delete
        ? ["^max-affected=[0-9]+$"]
        : [];

    /// <summary>What each token does, one Markdown line each, for the ones <paramref name="kind"/> takes.</summary>
    public static string Describe(RequestKind kind)
    {
        var tokens = Fixed(kind);
        var lines = new List<string>();
        if (tokens.Contains("return=minimal"))
        {
            lines.Add("- `return=minimal` (default): no body; `headers-only`: no body but a `Location` header; `representation`: the rows written, shaped by `select`.");
        }
        if (tokens.Contains("count=exact"))
        {
            lines.Add("- `count=exact|planned|estimated`: the total in `Content-Range` (`0-24/3573`); planned and estimated are cheaper guesses on PostgreSQL.");
        }
        if (kind == RequestKind.Insert)
        {
            lines.Add("- `resolution=merge-duplicates|ignore-duplicates`: upsert on the primary key (or `on_conflict`): update the existing row, or keep it.");
        }
        if (tokens.Contains("missing=default"))
        {
            lines.Add("- `missing=default|null`: what a column named in `columns` but absent from a row gets.");
        }
        if (tokens.Contains("tx=rollback"))
        {
            lines.Add("- `tx=rollback`: run the write and answer as usual, then roll it back (a dry run); `tx=commit` is the default.");
        }
        if (kind is RequestKind.Update or RequestKind.Delete)
        {
            lines.Add("- `max-affected=N` (with `handling=strict`): refuse with PGRST124 and change nothing when more than N rows would change.");
        }
        lines.Add("- `handling=strict`: refuse unknown preferences with PGRST122 instead of ignoring them.");
        return "Preferences (RFC 7240), comma-separated:\n\n" + string.Join("\n", lines);
    }
}
