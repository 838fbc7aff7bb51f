using System.Text.Json;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// Reads a value of a JSON body for its column the way PostgREST's <c>json_populate_recordset</c> does: JSON null is
/// NULL, a string is read as the column type's text input, a number or boolean as its text, an array into an array
/// column item by item, and anything into a json/jsonb column as that JSON value. Throws <see cref="PlanException"/>.
/// </summary>
internal static class JsonValueReader
{
    public static SqlValue Read(JsonElement value, ColumnType type, TableName table, string column)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return SqlValue.Null(type);
        }
        if (type.IsArray)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                return TextValueParser.Parse(AsText(value), type, table, column);
            }
            var element = type with { IsArray = false };
            var items = new List<object?>(value.GetArrayLength());
            foreach (var item in value.EnumerateArray())
            {
                items.Add(item.ValueKind == JsonValueKind.Null ? null : Scalar(item, element, table, column));
            }
            return new SqlValue(type, items);
        }
        return new SqlValue(type, Scalar(value, type, table, column));
    }

    private static object Scalar(JsonElement value, ColumnType type, TableName table, string column)
    {
        if (type.Kind is ColumnKind.Json or ColumnKind.Jsonb)
        {
            return JsonSerializer.Serialize(value);
        }
        if (type.Kind == ColumnKind.Boolean && value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.ValueKind == JsonValueKind.True;
        }
        return TextValueParser.Scalar(AsText(value), type, table, column);
    }

    private static string AsText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
