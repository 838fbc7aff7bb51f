using System.Text.Json;
using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// Reads a write's body into typed rows for a chosen list of columns: a JSON body by key, a CSV or form body by header
/// position. A column a row lacks is <see cref="Missing"/>: NULL, or the column default under <c>missing=default</c>.
/// </summary>
internal static class BodyRows
{
    /// <summary>The column names the body provides, in order (a JSON body's first row keys, a CSV header).</summary>
    public static IReadOnlyList<string> Keys(RequestBody body) => body switch
    {
        JsonBody json => json.Keys,
        TextRowsBody text => text.Columns,
        _ => [],
    };

    /// <summary>Each row's values for <paramref name="columns"/>; a null entry means "use the column default".</summary>
    public static IReadOnlyList<IReadOnlyList<SqlValue?>> Read(RequestBody body, TableSchema table, IReadOnlyList<ColumnSchema> columns, bool missingIsDefault)
    {
        var rows = new List<IReadOnlyList<SqlValue?>>(body.RowCount);
        switch (body)
        {
            case JsonBody json:
                foreach (var row in json.Rows)
                {
                    rows.Add(columns.Select(c => row.TryGetProperty(c.Name, out var value)
                        ? JsonValueReader.Read(value, c.Type, table.Name, c.Name)
                        : Missing(c, missingIsDefault)).ToArray());
                }
                break;
            case TextRowsBody text:
                var positions = columns.Select(c => IndexOf(text.Columns, c.Name)).ToArray();
                foreach (var row in text.Rows)
                {
                    rows.Add(columns.Select((c, i) => positions[i] is { } at && at < row.Count
                        ? TextValueParser.Parse(row[at], c.Type, table.Name, c.Name)
                        : Missing(c, missingIsDefault)).ToArray());
                }
                break;
        }
        return rows;
    }

    /// <summary>The first row of a body as a JSON element when it is JSON (PUT compares its key values with the URL).</summary>
    public static JsonElement? FirstJsonRow(RequestBody body) => body is JsonBody { Rows.Count: > 0 } json ? json.Rows[0] : null;

    private static SqlValue? Missing(ColumnSchema column, bool missingIsDefault) => missingIsDefault ? null : SqlValue.Null(column.Type);

    private static int? IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }
        return null;
    }
}
