using System.Globalization;
using System.Text.RegularExpressions;

namespace Basalt.Query.Planning;

/// <summary>
/// Dates and times in the ISO 8601 forms PostgreSQL reads and PostgREST clients send (<c>2026-11-23</c>,
/// <c>16:00:00.5</c>, <c>2026-11-23T16:00:00Z</c>, <c>2026-11-23 16:00:00+01</c>). A timestamptz without an offset is
/// UTC, the session time zone Basalt runs PostgreSQL in.
/// </summary>
internal static partial class TemporalParser
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
    ];

    public static DateOnly Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new PlanException(ValueError.InvalidSyntax("date", text));

    public static TimeOnly Time(string text) =>
        TimeOnly.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new PlanException(ValueError.InvalidSyntax("time without time zone", text));

    public static DateTime Timestamp(string text)
    {
        var normal = Normalise(text);
        // A timestamp without time zone ignores an offset, as PostgreSQL does.
        var offset = OffsetSuffix().Match(normal);
        if (offset.Success)
        {
            normal = normal[..offset.Index];
        }
        return DateTime.TryParseExact(normal, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? DateTime.SpecifyKind(value, DateTimeKind.Unspecified)
            : throw new PlanException(ValueError.InvalidSyntax("timestamp without time zone", text));
    }

    public static DateTimeOffset TimestampTz(string text)
    {
        var normal = Normalise(text);
        var offset = TimeSpan.Zero;
        var suffix = OffsetSuffix().Match(normal);
        if (suffix.Success)
        {
            offset = ReadOffset(suffix.Value);
            normal = normal[..suffix.Index];
        }
        if (!DateTime.TryParseExact(normal, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new PlanException(ValueError.InvalidSyntax("timestamp with time zone", text));
        }
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset).ToUniversalTime();
    }

    private static string Normalise(string text)
    {
        var trimmed = text.Trim();
        // PostgreSQL accepts a space between date and time; keep one spelling for the exact formats.
        return trimmed.Length > 10 && trimmed[10] == ' ' ? trimmed[..10] + "T" + trimmed[11..].TrimStart() : trimmed;
    }

    private static TimeSpan ReadOffset(string suffix)
    {
        var value = suffix.Trim();
        if (value is "Z" or "z")
        {
            return TimeSpan.Zero;
        }
        var sign = value[0] == '-' ? -1 : 1;
        var digits = value[1..].Replace(":", "", StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
        return sign * new TimeSpan(hours, minutes, 0);
    }

    // Z, or ±hh, ±hhmm, ±hh:mm at the end, after a time (so a date's own hyphens never match).
    [GeneratedRegex(@"(?<=\d{2}:\d{2}(:\d{2}(\.\d+)?)?)\s*(Z|z|[+-]\d{2}(:?\d{2})?)$")]
    private static partial Regex OffsetSuffix();
}
