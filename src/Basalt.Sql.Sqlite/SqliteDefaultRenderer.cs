using System.Globalization;
using System.Text;
using System.Text.Json;
using Basalt.Spec.Schema;

namespace Basalt.Sql.Sqlite;

/// <summary>Renders a spec default (a JSON literal or one of the known functions) as a SQLite default expression.</summary>
internal static class SqliteDefaultRenderer
{
    // A random version-4 uuid in canonical lower-case form: version nibble 4, variant nibble one of 8, 9, a, b.
    // `random() & 3` rather than `abs(random()) % 4`: abs() overflows on the smallest 64-bit integer.
    public const string RandomUuid =
        "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || "
        + "substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))";

    /// <summary>The column's default, or null when the database has none.</summary>
    public static SqliteDefault? Render(ColumnSchema column)
    {
        var type = column.Type;
        return column.Default?.Kind switch
        {
            null => null,
            DefaultKind.Now => new(NowExpression(type), IsConstant: false),
            DefaultKind.GenRandomUuid => new(RandomUuid, IsConstant: false),
            // SQLite has no session state to read the caller from: the REST layer fills auth.uid() in on insert.
            DefaultKind.AuthUid => null,
            _ => new(Literal(type, column.Default.LiteralJson ?? "null"), IsConstant: true),
        };
    }

    /// <summary>The current time in the text form the column's type stores (UTC, ISO-8601).</summary>
    private static string NowExpression(ColumnType type) => type.IsArray ? Utc : type.Kind switch
    {
        ColumnKind.Date => "date('now')",
        ColumnKind.Time => "strftime('%H:%M:%f','now')",
        ColumnKind.Timestamp => "strftime('%Y-%m-%dT%H:%M:%f','now')",
        _ => Utc,
    };

    private const string Utc = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

    /// <summary>A JSON literal the validator has checked against the type, as a SQL literal of the column's storage type.</summary>
    private static string Literal(ColumnType type, string json)
    {
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return "NULL";
        }
        if (type.IsArray || type.Kind is ColumnKind.Json or ColumnKind.Jsonb)
        {
            // The column stores JSON text: the literal is the JSON itself, quoted.
            return SqliteSyntax.QuoteLiteral(value.GetRawText());
        }
        return type.Kind switch
        {
            ColumnKind.Boolean => value.ValueKind switch
            {
                JsonValueKind.True => "1",
                JsonValueKind.False => "0",
                _ => Quoted(value),
            },
            ColumnKind.SmallInt or ColumnKind.Integer or ColumnKind.BigInt or ColumnKind.Real or ColumnKind.Double or ColumnKind.Numeric => Number(value),
            ColumnKind.Bytea => Blob(value),
            _ => Quoted(value),
        };
    }

    private static string Number(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
        {
            return real.ToString("R", CultureInfo.InvariantCulture);
        }
        // Not a number after all: quoted, so the STRICT column refuses it on the first insert instead of the SQL breaking.
        return SqliteSyntax.QuoteLiteral(text);
    }

    private static string Quoted(JsonElement value) =>
        SqliteSyntax.QuoteLiteral(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());

    /// <summary>A bytea literal: PostgreSQL's hex form <c>\x0a1b</c>, or else the UTF-8 bytes of the string.</summary>
    private static string Blob(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        byte[] bytes;
        if (text.StartsWith("\\x", StringComparison.Ordinal))
        {
            try
            {
                bytes = Convert.FromHexString(text.AsSpan(2));
            }
            catch (FormatException)
            {
                bytes = Encoding.UTF8.GetBytes(text);
            }
        }
        else
        {
            bytes = Encoding.UTF8.GetBytes(text);
        }
        return "X'" + Convert.ToHexString(bytes) + "'";
    }
}
