using Basalt.Query.Request;

namespace Basalt.Rest.Responses;

/// <summary>
/// What the responders need besides the result: the parsed request, its raw query string (for
/// <c>Content-Location</c>) and whether the client named the schema with a profile header (then
/// <c>Content-Profile</c> names it back, as PostgREST does).
/// </summary>
internal sealed record ResponseContext(ApiRequest Request, string QueryString, bool NegotiatedProfile)
{
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary><c>Content-Type</c> (and <c>Content-Profile</c>) of a representation body.</summary>
    public IEnumerable<KeyValuePair<string, string>> ContentHeaders()
    {
        yield return new("Content-Type", Request.Representation + "; charset=utf-8");
        if (NegotiatedProfile)
        {
            yield return new("Content-Profile", RestSchema.Name);
        }
    }

    /// <summary>
    /// PostgREST's <c>Content-Location</c> of a read: the table's path relative to the API root and the query string
    /// with its parameters in a canonical (sorted) order.
    /// </summary>
    public string ContentLocation()
    {
        var parameters = QueryString.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .OrderBy(p => p.Split('=', 2)[0], StringComparer.Ordinal);
        var query = string.Join('&', parameters);
        return "/" + Uri.EscapeDataString(Request.Table) + (query.Length == 0 ? "" : "?" + query);
    }
}
