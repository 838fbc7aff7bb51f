using System.Globalization;

namespace Basalt.Query.Request.Parsing;

/// <summary>
/// Content negotiation over <c>Accept</c> (RFC 9110): media ranges ordered by quality, then by specificity,
/// keeping the sender's order otherwise; the first Basalt can produce wins. Producible: <c>application/json</c>,
/// <c>*/*</c>, <c>application/vnd.pgrst.array[+json]</c>, <c>application/vnd.pgrst.object[+json]</c> (each
/// with <c>nulls=stripped</c>) and <c>text/csv</c>. Everything else — <c>application/geo+json</c>, the
/// <c>vnd.pgrst.plan</c> explain output, <c>application/*</c> — is 406 PGRST107, as PostgREST without PostGIS or
/// with plans disabled answers. Ranges with <c>q=0</c> are dropped. No header means JSON.
/// </summary>
internal static class AcceptParser
{
    private static readonly Representation SingleObject = new(RepresentationKind.SingleObject, false);
    private static readonly Representation Csv = new(RepresentationKind.Csv, false);

    public static bool TryNegotiate(string? accept, out Representation representation, out RequestError? error)
    {
        representation = Representation.Json;
        error = null;
        if (string.IsNullOrWhiteSpace(accept))
        {
            return true;
        }
        // Nearly every client sends one plain type; recognise it without building the ranked list.
        if (accept.AsSpan().IndexOfAny(',', ';') < 0 && KnownSingle(accept.Trim()) is { } known)
        {
            representation = known;
            return true;
        }
        var ranges = new List<(string Type, string Subtype, bool StripNulls, double Quality, int Specificity, string Text)>();
        foreach (var item in accept.Split(','))
        {
            var parts = item.Split(';');
            var mediaType = parts[0].Trim().ToLowerInvariant();
            if (mediaType.Length == 0)
            {
                continue;
            }
            var slash = mediaType.IndexOf('/');
            var type = slash < 0 ? mediaType : mediaType[..slash];
            var subtype = slash < 0 ? "" : mediaType[(slash + 1)..];
            var quality = 1.0;
            var stripNulls = false;
            var text = new List<string> { parts[0].Trim() };
            foreach (var parameter in parts.Skip(1))
            {
                var equals = parameter.IndexOf('=');
                var name = (equals < 0 ? parameter : parameter[..equals]).Trim().ToLowerInvariant();
                var value = equals < 0 ? "" : parameter[(equals + 1)..].Trim().Trim('"');
                if (name == "q")
                {
                    quality = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var q) ? Math.Clamp(q, 0, 1) : 1;
                    continue;
                }
                stripNulls |= name == "nulls" && value.Equals("stripped", StringComparison.OrdinalIgnoreCase);
                text.Add(parameter.Trim());
            }
            if (quality <= 0)
            {
                continue;
            }
            var specificity = type == "*" ? 0 : subtype == "*" ? 1 : parts.Length > 1 ? 3 : 2;
            ranges.Add((type, subtype, stripNulls, quality, specificity, string.Join(";", text)));
        }
        var ordered = ranges.OrderByDescending(r => r.Quality).ThenByDescending(r => r.Specificity).ToList();
        foreach (var range in ordered)
        {
            if (Produce(range.Type, range.Subtype, range.StripNulls) is { } produced)
            {
                representation = produced;
                return true;
            }
        }
        error = RequestErrors.MediaTypes(ordered.Select(r => r.Text));
        return false;
    }

    private static Representation? KnownSingle(string mediaType) => mediaType switch
    {
        "application/json" or "*/*" => Representation.Json,
        "application/vnd.pgrst.object+json" => SingleObject,
        "text/csv" => Csv,
        _ => null,
    };

    private static Representation? Produce(string type, string subtype, bool stripNulls) => (type, subtype) switch
    {
        ("application", "json") or ("*", "*") => Representation.Json,
        ("application", "vnd.pgrst.array+json" or "vnd.pgrst.array") => new Representation(RepresentationKind.Json, stripNulls),
        ("application", "vnd.pgrst.object+json" or "vnd.pgrst.object") => new Representation(RepresentationKind.SingleObject, stripNulls),
        ("text", "csv") => Csv,
        _ => null,
    };
}
