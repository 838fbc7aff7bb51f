namespace Basalt.Query.Request;

/// <summary>
/// Every code and status the request grammar can return, for the generated errors table in docs/. Codes are
/// PostgREST's (https://docs.postgrest.org/en/latest/references/errors.html) so clients handle them unchanged;
/// a test proves each error the parser builds is listed here.
/// </summary>
public static class RequestErrorCatalogue
{
    public static IReadOnlyList<RequestErrorInfo> Entries { get; } =
    [
        new("PGRST100", 400, "A query parameter could not be parsed (select, filters, order, or/and, columns, on_conflict, limit, offset), or it exceeds a limit on items, filters, list items or nesting."),
        new("PGRST100", 414, "The query string is longer than the limit."),
        new("PGRST102", 400, "The body is invalid: empty or malformed JSON, not an object or array of objects, rows with different keys, malformed CSV, an unsupported Content-Type, or beyond the JSON depth or row limits."),
        new("PGRST103", 416, "The Range header, limit or offset ask for an empty or negative range."),
        new("PGRST107", 406, "None of the media types in Accept can be produced."),
        new("PGRST114", 400, "limit or offset were given on a PUT."),
        new("PGRST117", 405, "The HTTP method is not supported on a table."),
        new("PGRST122", 400, "handling=strict was preferred and the Prefer header holds preferences that are not recognised."),
    ];

    public static bool Contains(string code, int status) => Entries.Any(e => e.Code == code && e.Status == status);
}
