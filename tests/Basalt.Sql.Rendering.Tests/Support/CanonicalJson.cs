using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Basalt.Sql.Rendering.Tests.Support;

/// <summary>
/// JSON as a client compares it after parsing: object keys in any order, numbers by value (<c>10.50</c> is
/// <c>10.5</c>), strings and array order exact. Used to compare two engines' answers and an answer with an expectation.
/// </summary>
public static class CanonicalJson
{
    public static string Of(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    public static string Of(string json) => Of(JsonNode.Parse(json));

    private static void Write(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append('{');
                builder.AppendJoin(',', obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
                {
                    var inner = new StringBuilder();
                    Write(inner, p.Value);
                    return JsonSerializer.Serialize(p.Key) + ":" + inner;
                }));
                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                var first = true;
                foreach (var item in array)
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }
                    first = false;
                    Write(builder, item);
                }
                builder.Append(']');
                break;
            default:
                var element = node.GetValue<JsonElement>();
                builder.Append(element.ValueKind == JsonValueKind.Number
                    ? double.Parse(element.GetRawText(), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)
                    : JsonSerializer.Serialize(element, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                break;
        }
    }
}
