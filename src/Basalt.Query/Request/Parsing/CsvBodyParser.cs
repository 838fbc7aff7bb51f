using System.Text;

namespace Basalt.Query.Request.Parsing;

/// <summary>
/// A <c>text/csv</c> body (RFC 4180): the first record names the columns, each later record is a row with the
/// same number of fields. Fields are separated by <c>,</c> and records by LF or CRLF; a double-quoted field may
/// hold commas, line breaks and <c>""</c> for a quote. As in PostgREST, a field that is exactly <c>NULL</c> is a
/// null and an empty field an empty string; a final line break is not an extra row.
/// </summary>
internal static class CsvBodyParser
{
    private const string Invalid = "Invalid CSV";
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static bool TryParse(ReadOnlySpan<byte> bytes, out RequestBody? body, out RequestError? error)
    {
        body = null;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            error = RequestErrors.InvalidBody(Invalid, "The body is not valid UTF-8.");
            return false;
        }
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }
        if (text.Length == 0)
        {
            error = RequestErrors.InvalidBody(Invalid, "The body is empty; the first line must name the columns.");
            return false;
        }
        var records = new List<List<string?>>();
        var position = 0;
        var line = 1;
        while (position < text.Length)
        {
            var recordLine = line;
            if (!Record(text, ref position, ref line, out var record, out error))
            {
                return false;
            }
            if (records.Count > RequestLimits.MaxBodyRows)
            {
                error = RequestErrors.InvalidBody($"The body has more than {RequestLimits.MaxBodyRows} rows", "Send the rows in several requests.");
                return false;
            }
            records.Add(record);
            if (records.Count > 1 && record.Count != records[0].Count)
            {
                error = RequestErrors.InvalidBody("All lines must have same number of fields",
                    $"Line {recordLine} has {record.Count} fields; the header has {records[0].Count}.");
                return false;
            }
        }
        var columns = new List<string>();
        foreach (var name in records[0])
        {
            if (name is null or "" || columns.Contains(name))
            {
                error = RequestErrors.InvalidBody(Invalid, name is null or "" ? "The header has an empty or NULL column name." : $"The header names column '{name}' twice.");
                return false;
            }
            columns.Add(name);
        }
        body = new TextRowsBody(columns, records.Skip(1).Select(r => (IReadOnlyList<string?>)r).ToList());
        error = null;
        return true;
    }

    /// <summary>One record from <paramref name="position"/> up to and including its line break.</summary>
    private static bool Record(string text, ref int position, ref int line, out List<string?> record, out RequestError? error)
    {
        record = [];
        error = null;
        var field = new StringBuilder();
        while (true)
        {
            field.Clear();
            var quoted = position < text.Length && text[position] == '"';
            if (quoted)
            {
                var startLine = line;
                position++;
                while (true)
                {
                    if (position >= text.Length)
                    {
                        error = RequestErrors.InvalidBody(Invalid, $"The quoted field starting on line {startLine} is not closed.");
                        return false;
                    }
                    var c = text[position++];
                    if (c == '"')
                    {
                        if (position < text.Length && text[position] == '"')
                        {
                            position++;
                            field.Append('"');
                            continue;
                        }
                        break;
                    }
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else
            {
                while (position < text.Length && text[position] is not (',' or '\n' or '\r'))
                {
                    field.Append(text[position++]);
                }
            }
            var value = field.ToString();
            record.Add(value == "NULL" ? null : value);
            if (position >= text.Length)
            {
                return true;
            }
            var separator = text[position++];
            if (separator == ',')
            {
                continue;
            }
            if (separator == '\r' && position < text.Length && text[position] == '\n')
            {
                position++;
            }
            if (separator is '\r' or '\n')
            {
                line++;
                return true;
            }
            error = RequestErrors.InvalidBody(Invalid, $"Line {line}: a quoted field must be followed by a comma or a line break, not '{separator}'.");
            return false;
        }
    }
}
