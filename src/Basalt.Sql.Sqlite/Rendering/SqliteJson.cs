using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Basalt.Sql.Sqlite.Rendering;

/// <summary>
/// PostgreSQL's jsonb semantics for JSON text stored on SQLite: the canonical form jsonb keeps (keys ordered by length
/// then bytes, the last of duplicate keys), the text <c>-&gt;&gt;</c> yields, and the containment <c>@&gt;</c> tests.
/// </summary>
internal static class SqliteJson
{
    /// <summary>Compact JSON with jsonb's key order, so a jsonb value reads back as PostgreSQL would print it (spacing aside).</summary>
    public static string CanonicalJsonb(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var builder = new StringBuilder(json.Length);
            Write(builder, document.RootElement, spaced: false, sortKeys: true);
            return builder.ToString();
        }
        catch (JsonException)
        {
            // Not JSON: stored as is, and the column's json_valid check refuses it with PostgreSQL's error.
            return json;
        }
    }

    /// <summary>
    /// PostgreSQL's <c>-&gt;&gt;</c> of a JSON value given as its text: a string unquoted, null as NULL, true/false and
    /// numbers as written, an object or array as its text (jsonb's spelling, <c>{"a": 1}</c>, for a jsonb column).
    /// </summary>
    public static string? Text(string? fragment, bool jsonb)
    {
        if (fragment is null)
        {
            return null;
        }
        using var document = JsonDocument.Parse(fragment);
        var value = document.RootElement;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Object or JsonValueKind.Array when jsonb:
                var builder = new StringBuilder(fragment.Length + 8);
                Write(builder, value, spaced: true, sortKeys: true);
                return builder.ToString();
            default:
                return value.GetRawText();
        }
    }

    /// <summary>
    /// A text that sorts (bytewise) as PostgreSQL orders jsonb values: null &lt; strings &lt; numbers &lt; booleans &lt;
    /// arrays &lt; objects, strings bytewise, numbers by value (as doubles), false before true.
    /// </summary>
    public static string? SortKey(string? json)
    {
        if (json is null)
        {
            return null;
        }
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement;
        return value.ValueKind switch
        {
            JsonValueKind.Null => "0",
            JsonValueKind.String => "1" + value.GetString(),
            JsonValueKind.Number => "2" + SortableNumber(value.GetDouble()),
            JsonValueKind.False => "30",
            JsonValueKind.True => "31",
            JsonValueKind.Array => "4" + value.GetRawText(),
            _ => "5" + value.GetRawText(),
        };
    }

    /// <summary>A double's bits flipped so that their hex digits sort in numeric order.</summary>
    private static string SortableNumber(double number)
    {
        var bits = BitConverter.DoubleToInt64Bits(number == 0 ? 0 : number);
        var ordered = bits < 0 ? ~(ulong)bits : (ulong)bits | 0x8000_0000_0000_0000UL;
        return ordered.ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>jsonb <c>a @&gt; b</c>; NULL in, NULL out.</summary>
    public static bool? Contains(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return null;
        }
        using var left = JsonDocument.Parse(a);
        using var right = JsonDocument.Parse(b);
        return Contains(left.RootElement, right.RootElement, top: true);
    }

    private static bool Contains(JsonElement a, JsonElement b, bool top)
    {
        switch (b.ValueKind)
        {
            case JsonValueKind.Object:
                if (a.ValueKind != JsonValueKind.Object)
                {
                    return false;
                }
                foreach (var property in b.EnumerateObject())
                {
                    if (!TryGetLast(a, property.Name, out var value) || !Contains(value, property.Value, top: false))
                    {
                        return false;
                    }
                }
                return true;
            case JsonValueKind.Array:
                if (a.ValueKind != JsonValueKind.Array)
                {
                    return false;
                }
                foreach (var wanted in b.EnumerateArray())
                {
                    var scalar = wanted.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);
                    if (!a.EnumerateArray().Any(have => scalar ? ScalarEquals(have, wanted) : have.ValueKind == wanted.ValueKind && Contains(have, wanted, top: false)))
                    {
                        return false;
                    }
                }
                return true;
            default:
                // A scalar; PostgreSQL lets a top-level array contain a scalar element.
                return ScalarEquals(a, b) || (top && a.ValueKind == JsonValueKind.Array && a.EnumerateArray().Any(e => ScalarEquals(e, b)));
        }
    }

    private static bool TryGetLast(JsonElement obj, string name, out JsonElement value)
    {
        var found = false;
        value = default;
        foreach (var property in obj.EnumerateObject())
        {
            if (property.NameEquals(name))
            {
                value = property.Value;
                found = true;
            }
        }
        return found;
    }

    private static bool ScalarEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }
        return a.ValueKind switch
        {
            JsonValueKind.String => a.GetString() == b.GetString(),
            JsonValueKind.Number => a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y) ? x == y : a.GetDouble().Equals(b.GetDouble()),
            JsonValueKind.Object or JsonValueKind.Array => false,
            _ => true,
        };
    }

    private static void Write(StringBuilder builder, JsonElement value, bool spaced, bool sortKeys)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = new List<(string Name, JsonElement Value)>();
                foreach (var property in value.EnumerateObject())
                {
                    properties.RemoveAll(p => p.Name == property.Name);
                    properties.Add((property.Name, property.Value));
                }
                if (sortKeys)
                {
                    properties.Sort((x, y) => CompareKeys(x.Name, y.Name));
                }
                builder.Append('{');
                for (var i = 0; i < properties.Count; i++)
                {
                    builder.Append(i == 0 ? "" : spaced ? ", " : ",");
                    WriteString(builder, properties[i].Name);
                    builder.Append(spaced ? ": " : ":");
                    Write(builder, properties[i].Value, spaced, sortKeys);
                }
                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    builder.Append(first ? "" : spaced ? ", " : ",");
                    first = false;
                    Write(builder, item, spaced, sortKeys);
                }
                builder.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(builder, value.GetString()!);
                break;
            default:
                builder.Append(value.GetRawText());
                break;
        }
    }

    /// <summary>jsonb orders keys by length in bytes, then bytewise.</summary>
    private static int CompareKeys(string x, string y)
    {
        var lengths = Encoding.UTF8.GetByteCount(x).CompareTo(Encoding.UTF8.GetByteCount(y));
        return lengths != 0 ? lengths : string.CompareOrdinal(x, y);
    }

    /// <summary>A JSON string as PostgreSQL escapes it: quote, backslash and control characters only.</summary>
    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }
        builder.Append('"');
    }
}
