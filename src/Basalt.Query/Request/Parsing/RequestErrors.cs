namespace Basalt.Query.Request.Parsing;

/// <summary>Builds every error the grammar returns; each status and code here is in <see cref="RequestErrorCatalogue"/>.</summary>
internal static class RequestErrors
{
    /// <summary>PGRST100 exactly as PostgREST words a Parsec failure: the source name in quotes, then the position.</summary>
    public static RequestError Syntax(string what, string text, int column, string details) =>
        new(400, "PGRST100", $"\"failed to parse {what} ({text})\" (line 1, column {column})", details, null);

    public static RequestError QueryTooLong(int length) =>
        new(414, "PGRST100", $"The query string is longer than {RequestLimits.MaxQueryStringLength} characters",
            $"It has {length} characters.", "Send fewer or shorter parameters, or use embedded filters instead of long lists.");

    public static RequestError Limit(string message, string? details = null) => new(400, "PGRST100", message, details, null);

    public static RequestError ListTooLong() =>
        Limit($"A list in a filter has more than {RequestLimits.MaxListItems} items", "Use fewer values, or split the request.");

    public static RequestError InvalidBody(string message, string? details = null) => new(400, "PGRST102", message, details, null);

    public static RequestError InvalidRange(string details) => new(416, "PGRST103", "Requested range not satisfiable", details, null);

    public static RequestError MediaTypes(IEnumerable<string> accepted) =>
        new(406, "PGRST107", "None of these media types are available: " + string.Join(", ", accepted), null, null);

    public static RequestError PutLimit() => new(400, "PGRST114", "limit/offset querystring parameters are not allowed for PUT", null, null);

    public static RequestError UnsupportedMethod(string method) => new(405, "PGRST117", "Unsupported HTTP method: " + method, null, null);

    public static RequestError InvalidPreferences(IEnumerable<string> invalid) =>
        new(400, "PGRST122", "Invalid preferences given with handling=strict", "Invalid preferences: " + string.Join(", ", invalid), null);
}
