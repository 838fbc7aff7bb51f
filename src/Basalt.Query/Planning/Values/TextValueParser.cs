using System.Globalization;
using System.Text;
using System.Text.Json;
using Basalt.Query.Request.Parsing;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// Reads a value written as text (a URL filter operand, a CSV field) the way PostgreSQL's input functions read it,
/// so a value PostgreSQL would refuse is refused here with PostgreSQL's SQLSTATE and message, on every engine.
/// Throws <see cref="PlanException"/>.
/// </summary>
internal static class TextValueParser
{
    private static readonly string[] BooleanTrue = ["true", "yes", "on", "1"];
    private static readonly string[] BooleanFalse = ["false", "no", "off", "0"];

    public static SqlValue Parse(string? text, ColumnType type, TableName table, string column)
    {
        if (text is null)
        {
            return SqlValue.Null(type);
        }
        if (type.IsArray)
        {
            return new SqlValue(type, ParseArray(text, type, table, column));
        }
        return new SqlValue(type, Scalar(text, type, table, column));
    }

    /// <summary>An array literal <c>{a,"b c",NULL}</c>, each item read as the element type.</summary>
    private static List<object?> ParseArray(string text, ColumnType type, TableName table, string column)
    {
        if (!ArrayLiteralParser.TryParse(text.Trim(), int.MaxValue, out var items, out _, out _))
        {
            throw new PlanException(ValueError.MalformedArray(text,
                text.TrimStart().StartsWith('{') ? "Unexpected end of input." : "Array value must start with \"{\" or dimension information."));
        }
        var element = type with { IsArray = false };
        return items.Select(item => item is null ? null : Scalar(item, element, table, column)).ToList();
    }

    public static object Scalar(string text, ColumnType type, TableName table, string column) => type.Kind switch
    {
        ColumnKind.SmallInt => Integer(text, short.MinValue, short.MaxValue, "smallint"),
        ColumnKind.Integer => Integer(text, int.MinValue, int.MaxValue, "integer"),
        ColumnKind.BigInt => Integer(text, long.MinValue, long.MaxValue, "bigint"),
        ColumnKind.Real => Real(text, float.MaxValue, "real"),
        ColumnKind.Double => Real(text, double.MaxValue, "double precision"),
        ColumnKind.Numeric => Numeric(text, type),
        ColumnKind.Boolean => Boolean(text),
        ColumnKind.Uuid => Uuid(text),
        ColumnKind.Date => TemporalParser.Date(text),
        ColumnKind.Time => TemporalParser.Time(text),
        ColumnKind.Timestamp => TemporalParser.Timestamp(text),
        ColumnKind.TimestampTz => TemporalParser.TimestampTz(text),
        ColumnKind.Json or ColumnKind.Jsonb => Json(text),
        ColumnKind.Bytea => Bytea(text),
        ColumnKind.Enum => type.Values.Contains(text) ? text : throw new PlanException(ValueError.InvalidEnum(PostgresTypeNames.EnumType(table, column), text)),
        _ => text,
    };

    private static long Integer(string text, long min, long max, string typeName)
    {
        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value >= min && value <= max ? value : throw new PlanException(ValueError.OutOfRange(typeName, text));
        }
        // Digits that overflow 64 bits are out of range; anything else is not an integer at all.
        var digits = trimmed.TrimStart('+', '-');
        throw new PlanException(digits.Length > 0 && digits.All(char.IsAsciiDigit) && trimmed.Length - digits.Length <= 1
            ? ValueError.OutOfRange(typeName, text)
            : ValueError.InvalidSyntax(typeName, text));
    }

    private static double Real(string text, double max, string typeName)
    {
        var trimmed = text.Trim();
        switch (trimmed.ToLowerInvariant())
        {
            case "nan":
                return double.NaN;
            case "infinity" or "+infinity" or "inf" or "+inf":
                return double.PositiveInfinity;
            case "-infinity" or "-inf":
                return double.NegativeInfinity;
        }
        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new PlanException(ValueError.InvalidSyntax(typeName, text));
        }
        return Math.Abs(value) <= max ? value : throw new PlanException(ValueError.OutOfRange(typeName, text));
    }

    private static decimal Numeric(string text, ColumnType type)
    {
        if (!decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new PlanException(ValueError.InvalidSyntax("numeric", text));
        }
        if (type.Precision is { } precision)
        {
            var scale = type.Scale ?? 0;
            value = Math.Round(value, scale, MidpointRounding.AwayFromZero);
            if (Math.Abs(value) >= Pow10(precision - scale))
            {
                throw new PlanException(ValueError.NumericOverflow(precision, scale));
            }
        }
        return value;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent && result < decimal.MaxValue / 10; i++)
        {
            result *= 10;
        }
        return result;
    }

    /// <summary>PostgreSQL's boolean input: any case, a unique prefix of true/false/yes/no, on/off, 1/0.</summary>
    private static bool Boolean(string text)
    {
        var word = text.Trim().ToLowerInvariant();
        if (word.Length > 0 && !(word.Length < 2 && word[0] == 'o'))
        {
            if (BooleanTrue.Any(w => w.StartsWith(word, StringComparison.Ordinal)))
            {
                return true;
            }
            if (BooleanFalse.Any(w => w.StartsWith(word, StringComparison.Ordinal)))
            {
                return false;
            }
        }
        throw new PlanException(ValueError.InvalidSyntax("boolean", text));
    }

    private static Guid Uuid(string text)
    {
        var trimmed = text.Trim();
        foreach (var format in new[] { "D", "N", "B" })
        {
            if (Guid.TryParseExact(trimmed, format, out var value))
            {
                return value;
            }
        }
        throw new PlanException(ValueError.InvalidSyntax("uuid", text));
    }

    /// <summary>JSON text, kept compact so both engines store and compare the same text.</summary>
    public static string Json(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return JsonSerializer.Serialize(document.RootElement);
        }
        catch (JsonException)
        {
            throw new PlanException(ValueError.InvalidJson($"Token \"{Truncate(text)}\" is invalid."));
        }
    }

    /// <summary>PostgreSQL's hex form <c>\x0a1b</c>, or else the text's UTF-8 bytes (the escape form without escapes).</summary>
    private static byte[] Bytea(string text)
    {
        if (!text.StartsWith("\\x", StringComparison.Ordinal))
        {
            return Encoding.UTF8.GetBytes(text);
        }
        var hex = text[2..].Replace(" ", "", StringComparison.Ordinal);
        if (hex.Length % 2 == 0 && hex.All(char.IsAsciiHexDigit))
        {
            return Convert.FromHexString(hex);
        }
        throw new PlanException(new PlanError(400, "22P02", "invalid hexadecimal data: odd number of digits", null, null));
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40];
}
