namespace Basalt.Query.Request.Parsing;

/// <summary>
/// The <c>Range</c> header and the top-level page, as PostgREST computes them: the header counts only on GET and
/// only in the form <c>first-[last]</c> (anything else, and <c>Range-Unit</c>, is ignored); the page is its
/// intersection with <c>offset</c>/<c>limit</c>. <c>limit=0</c> is always allowed; any other empty result
/// (last before first, a negative limit, a header that misses the limit/offset window) is 416 PGRST103.
/// </summary>
internal static class PageCalculator
{
    public static bool TryCompute(string method, RequestHeaders headers, IReadOnlyList<QueryScope> scopes,
        out RowRange? range, out Page page, out RequestError? error)
    {
        range = method == "GET" ? ParseRange(headers.Get("Range")) : null;
        page = Page.All;
        error = null;
        if (range is { Last: { } last } && last < range.First)
        {
            error = RequestErrors.InvalidRange("The lower boundary must be lower than or equal to the upper boundary in the Range header.");
            return false;
        }
        if (scopes.Any(s => s.Limit < 0))
        {
            error = RequestErrors.InvalidRange("Limit should be greater than or equal to zero.");
            return false;
        }
        var root = scopes[0];
        var offset = root.Offset ?? 0;
        if (root.Limit == 0 || range is null)
        {
            page = new Page(offset, root.Limit);
        }
        else
        {
            long? upper = root.Limit is { } limit ? Saturate(offset, limit - 1) : null;
            var lower = Math.Max(offset, range?.First ?? 0);
            if (range?.Last is { } rangeLast)
            {
                upper = upper is null ? rangeLast : Math.Min(upper.Value, rangeLast);
            }
            if (upper < lower)
            {
                error = RequestErrors.InvalidRange("The Range header and the limit/offset parameters select no rows together.");
                return false;
            }
            page = new Page(lower, upper is { } last2 ? Saturate(last2 - lower, 1) : null);
        }
        if (method == "PUT" && page != Page.All)
        {
            error = RequestErrors.PutLimit();
            return false;
        }
        return true;
    }

    /// <summary><c>^[0-9]+-[0-9]*$</c>; a number too large for 64 bits makes the header ignored like any mismatch.</summary>
    private static RowRange? ParseRange(string? header)
    {
        if (header is null)
        {
            return null;
        }
        var dash = header.IndexOf('-');
        if (dash <= 0 || !Digits(header.AsSpan(0, dash)) || !Digits(header.AsSpan(dash + 1), allowEmpty: true)
            || !long.TryParse(header.AsSpan(0, dash), out var first))
        {
            return null;
        }
        if (dash == header.Length - 1)
        {
            return new RowRange(first, null);
        }
        return long.TryParse(header.AsSpan(dash + 1), out var last) ? new RowRange(first, last) : null;
    }

    private static bool Digits(ReadOnlySpan<char> text, bool allowEmpty = false) =>
        (allowEmpty || text.Length > 0) && !text.ContainsAnyExceptInRange('0', '9');

    private static long Saturate(long a, long b) => b > 0 && a > long.MaxValue - b ? long.MaxValue : a + b;
}
