using System.Text.Json;

namespace Basalt.Query.Request.Parsing;

/// <summary>
/// A JSON body: one object, or an array of objects. The message of every failure is PostgREST's
/// "Empty or invalid json" (or "All object keys must match"); unlike PostgREST, which drops the parser's
/// message, the details say what is wrong and where (line and column, 1-based, of the JSON text). A scalar body,
/// which PostgREST quietly treats as no rows, is refused here.
/// </summary>
internal static class JsonBodyParser
{
    private const string Invalid = "Empty or invalid json";
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = RequestLimits.MaxJsonDepth + 1 };

    public static bool TryParse(ReadOnlySpan<byte> json, bool hasColumns, out RequestBody? body, out RequestError? error)
    {
        body = null;
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }
        if (!Scan(json, out error))
        {
            return false;
        }
        var reader = new Utf8JsonReader(json, ReaderOptions);
        var root = JsonElement.ParseValue(ref reader);
        List<JsonElement> rows;
        if (root.ValueKind == JsonValueKind.Object)
        {
            rows = [root];
        }
        else if (root.ValueKind == JsonValueKind.Array)
        {
            rows = new List<JsonElement>(root.GetArrayLength());
            foreach (var item in root.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    error = RequestErrors.InvalidBody(Invalid, $"Item {rows.Count + 1} of the array is {Describe(item.ValueKind)}, not an object.");
                    return false;
                }
                rows.Add(item);
            }
        }
        else
        {
            error = RequestErrors.InvalidBody(Invalid, $"The body is {Describe(root.ValueKind)}; expected an object or an array of objects.");
            return false;
        }
        var keys = rows.Count == 0 ? [] : rows[0].EnumerateObject().Select(p => p.Name).ToList();
        if (!hasColumns && !SameKeys(rows, keys, out var mismatch))
        {
            error = RequestErrors.InvalidBody("All object keys must match", $"Item {mismatch + 1} has different keys from item 1.");
            return false;
        }
        body = new JsonBody(rows, root.ValueKind == JsonValueKind.Array, keys);
        return true;
    }

    /// <summary>Validates the whole text, its depth and row count before anything is built.</summary>
    private static bool Scan(ReadOnlySpan<byte> json, out RequestError? error)
    {
        error = null;
        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            error = RequestErrors.InvalidBody(Invalid, "The body is empty.");
            return false;
        }
        var reader = new Utf8JsonReader(json, ReaderOptions);
        var rows = 0;
        var rootIsArray = false;
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                var depth = reader.CurrentDepth;
                if (depth == 0)
                {
                    rootIsArray = token == JsonTokenType.StartArray;
                }
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray && depth + 1 > RequestLimits.MaxJsonDepth)
                {
                    error = RequestErrors.InvalidBody($"The JSON body nests deeper than {RequestLimits.MaxJsonDepth} levels");
                    return false;
                }
                if (rootIsArray && depth == 1 && token is not (JsonTokenType.EndObject or JsonTokenType.EndArray) && ++rows > RequestLimits.MaxBodyRows)
                {
                    error = RequestErrors.InvalidBody($"The body has more than {RequestLimits.MaxBodyRows} rows", "Send the rows in several requests.");
                    return false;
                }
            }
            return true;
        }
        catch (JsonException exception)
        {
            var reason = exception.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = (cut > 0 ? reason[..cut] : reason).TrimEnd('.', ' ');
            error = RequestErrors.InvalidBody(Invalid, $"Invalid JSON at line {exception.LineNumber + 1}, column {exception.BytePositionInLine + 1}: {reason}.");
            return false;
        }
    }

    private static bool SameKeys(List<JsonElement> rows, List<string> keys, out int mismatch)
    {
        var expected = new HashSet<string>(keys, StringComparer.Ordinal);
        for (mismatch = 1; mismatch < rows.Count; mismatch++)
        {
            var count = 0;
            foreach (var property in rows[mismatch].EnumerateObject())
            {
                if (!expected.Contains(property.Name))
                {
                    return false;
                }
                count++;
            }
            if (count != expected.Count)
            {
                return false;
            }
        }
        return true;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "not an object",
    };
}
