namespace Basalt.Query.Request.Parsing;

/// <summary>
/// An <c>application/x-www-form-urlencoded</c> body: one row whose values are strings, decoded like the query
/// string. A repeated name keeps its last value, as PostgREST's map does.
/// </summary>
internal static class FormBodyParser
{
    public static bool TryParse(ReadOnlySpan<byte> bytes, out RequestBody? body, out RequestError? error)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var columns = new List<string>();
        foreach (var (name, value) in QueryStringDecoder.Decode(text))
        {
            if (!values.ContainsKey(name))
            {
                columns.Add(name);
            }
            values[name] = value;
        }
        body = new TextRowsBody(columns, [columns.Select(c => (string?)values[c]).ToList()]);
        error = null;
        return true;
    }
}
