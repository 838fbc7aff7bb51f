using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Basalt.Sql.Postgres.Rendering;

/// <summary>
/// One spelling for a JSON value, used on both sides of a default comparison: <c>jsonb</c> reorders keys, drops
/// duplicates and respaces, so neither side's text is compared raw. Keys are ordered as <c>jsonb</c> orders them
/// (shorter first, then bytewise), the last duplicate wins, and numbers are spelled as <c>numeric_out</c> would.
/// </summary>
internal static class PostgresJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The canonical text, or null when <paramref name="json"/> is not JSON.</summary>
    public static string? Canonical(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, WriterOptions))
            {
                Write(writer, document.RootElement);
            }
            return Encoding.UTF8.GetString(stream.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Write(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var property in value.EnumerateObject())
                {
                    properties[property.Name] = property.Value;
                }
                foreach (var (name, item) in properties.OrderBy(p => Encoding.UTF8.GetByteCount(p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            case JsonValueKind.Number:
                writer.WriteRawValue(PostgresNumber.Canonical(value.GetRawText()) ?? value.GetRawText());
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(value.GetString());
                break;
            case JsonValueKind.True or JsonValueKind.False:
                writer.WriteBooleanValue(value.GetBoolean());
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
