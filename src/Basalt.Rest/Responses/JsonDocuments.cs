using System.Text.Json;
using Basalt.Rest.Errors;

namespace Basalt.Rest.Responses;

/// <summary>The transforms of a JSON array body that need the whole document: one object out of it, and nulls stripped.</summary>
internal static class JsonDocuments
{
    /// <summary>The only element of a one-element array (the caller has checked the count).</summary>
    public static string SingleElement(string jsonArray)
    {
        using var document = JsonDocument.Parse(jsonArray);
        return document.RootElement.EnumerateArray().Single().GetRawText();
    }

    /// <summary>PostgreSQL's <c>json_strip_nulls</c>: every object member whose value is null goes, at every depth; array items stay.</summary>
    public static string StripNulls(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, RestErrorBody.WriterOptions))
        {
            Write(writer, document.RootElement);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
