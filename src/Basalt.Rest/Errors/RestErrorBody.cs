using System.Text.Encodings.Web;
using System.Text.Json;

namespace Basalt.Rest.Errors;

/// <summary>Writes a <see cref="RestError"/> as PostgREST's JSON body, keys in PostgREST's (alphabetical) order.</summary>
public static class RestErrorBody
{
    // Quotes and non-ASCII stay as they are (the body is JSON, never HTML), as PostgREST writes them.
    internal static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Serialize(RestError error)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("code", error.Code);
            json.WritePropertyName("details");
            if (error.Candidates.Count > 0)
            {
                json.WriteStartArray();
                foreach (var candidate in error.Candidates)
                {
                    json.WriteStartObject();
                    json.WriteString("cardinality", candidate.Cardinality);
                    json.WriteString("embedding", candidate.Embedding);
                    json.WriteString("relationship", candidate.Relationship);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            else
            {
                WriteNullable(json, error.Details);
            }
            json.WritePropertyName("hint");
            WriteNullable(json, error.Hint);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }
}
