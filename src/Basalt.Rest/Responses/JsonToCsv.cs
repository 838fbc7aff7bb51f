using System.Text;
using System.Text.Json;

namespace Basalt.Rest.Responses;

/// <summary>
/// <c>text/csv</c> from the JSON array the database built, laid out as PostgREST lays it out: a header line with the
/// first object's keys, then one line per object, lines joined by <c>\n</c> with none after the last (an empty result
/// is the empty header and a newline). Fields follow RFC 4180: a field with a comma, quote, CR, LF, or leading or
/// trailing space is quoted with quotes doubled; null is an empty field and an empty string is <c>""</c> (the CSV body
/// parser reads them back the same way). Values are written as JSON writes them: <c>true</c>, <c>12.5</c>; arrays and
/// objects as their JSON text.
/// </summary>
public static class JsonToCsv
{
    public static string Convert(string jsonArray)
    {
        using var document = JsonDocument.Parse(jsonArray);
        var rows = document.RootElement.EnumerateArray().ToList();
        var keys = rows.Count == 0 ? [] : rows[0].EnumerateObject().Select(p => p.Name).ToList();
        var csv = new StringBuilder();
        csv.AppendJoin(',', keys.Select(Quote));
        foreach (var row in rows)
        {
            csv.Append('\n');
            for (var i = 0; i < keys.Count; i++)
            {
                csv.Append(i == 0 ? "" : ",");
                if (row.TryGetProperty(keys[i], out var value))
                {
                    csv.Append(Field(value));
                }
            }
        }
        if (rows.Count == 0)
        {
            csv.Append('\n');
        }
        return csv.ToString();
    }

    private static string Field(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.String => Quote(value.GetString()!),
        JsonValueKind.Object or JsonValueKind.Array => Quote(value.GetRawText()),
        _ => value.GetRawText(),
    };

    private static string Quote(string text)
    {
        var needsQuotes = text.Length == 0 || text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]);
        return needsQuotes ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
