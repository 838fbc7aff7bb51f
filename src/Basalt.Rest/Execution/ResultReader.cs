using System.Data.Common;
using System.Text;
using System.Text.Json;
using Basalt.Sql.Rendering;

namespace Basalt.Rest.Execution;

/// <summary>
/// Reads a command's result by column name, as <see cref="ResultShape"/> defines it: one <c>body, rows, total, keys</c>
/// row (<see cref="ResultShape.Document"/>), or one <c>item, key</c> row per affected row
/// (<see cref="ResultShape.RowPerItem"/>) assembled here into the same document. An optional <c>inserted</c> column
/// (rows an upsert inserted rather than updated) and an optional <c>denied</c> column (written rows a policy check
/// refused) are read when present.
/// </summary>
internal static class ResultReader
{
    /// <summary>
    /// The document row, leaving the reader on it. With <paramref name="lease"/> the body stays on the reader, for the
    /// response to stream, and the lease moves into the result; otherwise the body is read as text.
    /// </summary>
    public static async Task<QueryResult> ReadDocumentAsync(DbDataReader reader, DatabaseLease? lease, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken))
        {
            return new QueryResult(0, null, [], null, null);
        }
        var rows = Number(reader, "rows") ?? 0;
        var total = Number(reader, "total");
        var inserted = Number(reader, "inserted");
        var denied = Number(reader, "denied") ?? 0;
        var keys = Keys(Text(reader, "keys"));
        var body = Ordinal(reader, "body");
        if (body < 0 || reader.IsDBNull(body))
        {
            return new QueryResult(rows, total, keys, inserted, null) { Denied = denied };
        }
        var content = lease is null
            ? ResultBody.FromText(reader.GetString(body))
            : ResultBody.FromReader(reader, body, lease);
        return new QueryResult(rows, total, keys, inserted, content) { Denied = denied };
    }

    /// <summary>
    /// Every <c>item, key</c> row, as one document: the non-null items in order as a JSON array. An optional per-row
    /// <c>inserted</c> column (true or 1 when the row was inserted rather than updated) is summed.
    /// </summary>
    public static async Task<QueryResult> ReadItemsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var items = new StringBuilder("[");
        var keys = new List<JsonElement>();
        long rows = 0;
        var first = true;
        var item = Ordinal(reader, "item");
        var key = Ordinal(reader, "key");
        var insertedColumn = Ordinal(reader, "inserted");
        long? inserted = insertedColumn < 0 ? null : 0;
        var deniedColumn = Ordinal(reader, "denied");
        long denied = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (item >= 0 && !reader.IsDBNull(item))
            {
                items.Append(first ? "" : ",").Append(reader.GetString(item));
                first = false;
            }
            if (key >= 0 && !reader.IsDBNull(key))
            {
                keys.Add(Parse(reader.GetString(key)));
            }
            if (insertedColumn >= 0 && !reader.IsDBNull(insertedColumn)
                && Convert.ToInt64(reader.GetValue(insertedColumn), System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                inserted++;
            }
            if (deniedColumn >= 0 && !reader.IsDBNull(deniedColumn)
                && Convert.ToInt64(reader.GetValue(deniedColumn), System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                denied++;
            }
            rows++;
        }
        return new QueryResult(rows, null, keys, inserted, ResultBody.FromText(items.Append(']').ToString())) { Denied = denied };
    }

    private static int Ordinal(DbDataReader reader, string name)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (reader.GetName(i).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    private static long? Number(DbDataReader reader, string name)
    {
        var ordinal = Ordinal(reader, name);
        return ordinal < 0 || reader.IsDBNull(ordinal) ? null : Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? Text(DbDataReader reader, string name)
    {
        var ordinal = Ordinal(reader, name);
        return ordinal < 0 || reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    private static IReadOnlyList<JsonElement> Keys(string? json) =>
        json is null ? [] : [.. Parse(json).EnumerateArray()];

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
