namespace Basalt.Query.Request.Parsing;

/// <summary>
/// Picks the body reader from <c>Content-Type</c> (absent means JSON, as in PostgREST): <c>application/json</c>,
/// <c>text/csv</c> or <c>application/x-www-form-urlencoded</c>; any other type is PGRST102
/// "Content-Type not acceptable". Only POST, PATCH and PUT carry a body; other methods' bodies are ignored.
/// </summary>
internal static class BodyParser
{
    public static bool TryParse(string method, string? contentType, ReadOnlyMemory<byte> body, bool hasColumns,
        out RequestBody? parsed, out RequestError? error)
    {
        parsed = null;
        error = null;
        if (method is not ("POST" or "PATCH" or "PUT"))
        {
            return true;
        }
        var mediaType = (contentType ?? "application/json").Split(';')[0].Trim().ToLowerInvariant();
        switch (mediaType)
        {
            case "application/json":
                return JsonBodyParser.TryParse(body.Span, hasColumns, out parsed, out error);
            case "text/csv":
                return CsvBodyParser.TryParse(body.Span, out parsed, out error);
            case "application/x-www-form-urlencoded":
                return FormBodyParser.TryParse(body.Span, out parsed, out error);
            default:
                error = RequestErrors.InvalidBody("Content-Type not acceptable: " + (contentType ?? "").Trim());
                return false;
        }
    }
}
