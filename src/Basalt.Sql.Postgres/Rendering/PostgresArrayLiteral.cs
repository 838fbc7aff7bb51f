using System.Text;
using System.Text.Json;
using Basalt.Spec.Schema;

namespace Basalt.Sql.Postgres.Rendering;

/// <summary>
/// Turns a JSON array default (<c>[]</c>, <c>["a", "b c"]</c>) into PostgreSQL's array text (<c>{}</c>,
/// <c>{a,"b c"}</c>), written exactly as <c>array_out</c> would print it so the default PostgreSQL reports back can
/// be predicted.
/// </summary>
internal static class PostgresArrayLiteral
{
    /// <summary>Element kinds whose text PostgreSQL prints back unchanged once written canonically here.</summary>
    public static bool IsPredictable(ColumnKind kind) => kind is ColumnKind.Text or ColumnKind.Enum or ColumnKind.Uuid
        or ColumnKind.SmallInt or ColumnKind.Integer or ColumnKind.BigInt or ColumnKind.Numeric
        or ColumnKind.Real or ColumnKind.Double or ColumnKind.Boolean;

    public static string Build(JsonElement array, ColumnKind kind)
    {
        var builder = new StringBuilder();
        Append(builder, array, kind);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, JsonElement value, ColumnKind kind)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            builder.Append(value.ValueKind == JsonValueKind.Null ? "NULL" : QuoteElement(Element(value, kind)));
            return;
        }
        builder.Append('{');
        var first = true;
        foreach (var item in value.EnumerateArray())
        {
            if (!first)
            {
                builder.Append(',');
            }
            first = false;
            Append(builder, item, kind);
        }
        builder.Append('}');
    }

    private static string Element(JsonElement value, ColumnKind kind)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return kind switch
        {
            ColumnKind.SmallInt or ColumnKind.Integer or ColumnKind.BigInt or ColumnKind.Numeric => PostgresNumber.Canonical(text) ?? text,
            ColumnKind.Real => PostgresNumber.Float(text, single: true) ?? text,
            ColumnKind.Double => PostgresNumber.Float(text, single: false) ?? text,
            ColumnKind.Boolean => text switch { "true" => "t", "false" => "f", _ => text },
            ColumnKind.Uuid => Guid.TryParse(text, out var uuid) ? uuid.ToString("D") : text,
            _ => text,
        };
    }

    /// <summary>Quotes an element the way <c>array_out</c> does: when empty, <c>NULL</c>, or holding braces, commas, quotes, backslashes or spaces.</summary>
    public static string QuoteElement(string element)
    {
        var needsQuotes = element.Length == 0 || element.Equals("NULL", StringComparison.OrdinalIgnoreCase)
            || element.Any(c => c is '{' or '}' or ',' or '"' or '\\' or ' ' or '\t' or '\n' or '\r' or '\v' or '\f');
        if (!needsQuotes)
        {
            return element;
        }
        return "\"" + element.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
