using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Basalt.Spec.Schema;

/// <summary>
/// The JSON form of a <see cref="DatabaseSchema"/> that a migration records, so the next plan can diff against
/// exactly what was applied. The format is stable and indented so a snapshot in review reads like the spec.
/// </summary>
public static class SchemaSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlyStoredProperties } },
    };

    /// <summary>Computed properties (<c>SpecName</c>, <c>UserTables</c>) are derived, not state: keep them out of snapshots.</summary>
    private static void OnlyStoredProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Set is null)
            {
                info.Properties.RemoveAt(i);
            }
        }
    }

    public static string Serialize(DatabaseSchema schema) => JsonSerializer.Serialize(schema, Options);

    public static DatabaseSchema Deserialize(string json) =>
        JsonSerializer.Deserialize<DatabaseSchema>(json, Options)
        ?? throw new JsonException("a schema snapshot is empty");
}
