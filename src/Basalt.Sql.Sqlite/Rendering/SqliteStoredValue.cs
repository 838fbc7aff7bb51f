using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Basalt.Query.Planning;
using Basalt.Spec.Schema;

namespace Basalt.Sql.Sqlite.Rendering;

/// <summary>
/// A plan's value as SQLite stores it: booleans 1/0, numeric as REAL, uuid lower-case text, times as sortable ISO
/// text (<see cref="SqliteTimeText"/>), jsonb with PostgreSQL's key order, arrays as JSON text whose elements are
/// already in the JSON form PostgreSQL prints, so reading an array back is just <c>json(col)</c>.
/// </summary>
internal static class SqliteStoredValue
{
    public static object Of(SqlValue value)
    {
        if (value.Value is not { } clr)
        {
            return DBNull.Value;
        }
        if (value.Type.IsArray)
        {
            return clr is IEnumerable items and not string ? JsonArray(items, value.Type.Kind) : clr;
        }
        return clr switch
        {
            bool b => b ? 1L : 0L,
            decimal m => (double)m,
            float f => (double)f,
            int i => (long)i,
            Guid g => g.ToString("D"),
            DateOnly d => SqliteTimeText.StoreDate(d),
            TimeOnly t => SqliteTimeText.StoreTime(t),
            DateTimeOffset dto => SqliteTimeText.StoreTimestampTz(dto),
            DateTime dt when value.Type.Kind == ColumnKind.TimestampTz => SqliteTimeText.StoreTimestampTz(new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc))),
            DateTime dt => SqliteTimeText.StoreTimestamp(dt),
            string s when value.Type.Kind == ColumnKind.Jsonb => SqliteJson.CanonicalJsonb(s),
            _ => clr,
        };
    }

    private static string JsonArray(IEnumerable items, ColumnKind kind)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteArray(json, items, kind);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteArray(Utf8JsonWriter json, IEnumerable items, ColumnKind kind)
    {
        json.WriteStartArray();
        foreach (var item in items)
        {
            WriteElement(json, item, kind);
        }
        json.WriteEndArray();
    }

    /// <summary>One element in the JSON form PostgreSQL's <c>to_json</c> gives it.</summary>
    private static void WriteElement(Utf8JsonWriter json, object? item, ColumnKind kind)
    {
        switch (item)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s when kind is ColumnKind.Json or ColumnKind.Jsonb:
                using (var document = JsonDocument.Parse(kind == ColumnKind.Jsonb ? SqliteJson.CanonicalJsonb(s) : s))
                {
                    document.RootElement.WriteTo(json);
                }
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case double d:
                json.WriteRawValue(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case decimal m:
                json.WriteRawValue(m.ToString(CultureInfo.InvariantCulture));
                break;
            case Guid g:
                json.WriteStringValue(g.ToString("D"));
                break;
            case DateOnly d:
                json.WriteStringValue(SqliteTimeText.StoreDate(d));
                break;
            case TimeOnly t:
                json.WriteStringValue(SqliteTimeText.JsonTime(t));
                break;
            case DateTimeOffset dto:
                json.WriteStringValue(SqliteTimeText.JsonTimestampTz(dto));
                break;
            case DateTime dt when kind == ColumnKind.TimestampTz:
                json.WriteStringValue(SqliteTimeText.JsonTimestampTz(new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc))));
                break;
            case DateTime dt:
                json.WriteStringValue(SqliteTimeText.JsonTimestamp(dt));
                break;
            case byte[] bytes:
                json.WriteStringValue("\\x" + Convert.ToHexStringLower(bytes));
                break;
            case IEnumerable nested:
                WriteArray(json, nested, kind);
                break;
            default:
                json.WriteStringValue(Convert.ToString(item, CultureInfo.InvariantCulture));
                break;
        }
    }
}
