using System.Globalization;

namespace Basalt.Sql.Sqlite.Rendering;

/// <summary>
/// Times on SQLite. Stored: ISO text that sorts as it compares, with the millisecond digits <c>now()</c> writes
/// (<c>2026-11-23T16:00:00.123Z</c>) and six digits only when there are microseconds. Read: PostgreSQL's JSON form
/// in UTC (<c>2026-11-23T16:00:00.123+00:00</c>: fraction without trailing zeros, none when zero).
/// </summary>
internal static class SqliteTimeText
{
    private const string Date = "yyyy-MM-dd";
    private const string Iso = "yyyy-MM-dd'T'HH:mm:ss";

    public static string StoreTimestampTz(DateTimeOffset value) => StoreTimestamp(value.UtcDateTime) + "Z";

    public static string StoreTimestamp(DateTime value)
    {
        var rounded = RoundToMicroseconds(value.Ticks);
        return new DateTime(rounded).ToString(Iso, CultureInfo.InvariantCulture) + Fraction(rounded, trim: false);
    }

    public static string StoreTime(TimeOnly value)
    {
        var rounded = RoundToMicroseconds(value.Ticks);
        return new TimeOnly(Math.Min(rounded, TimeOnly.MaxValue.Ticks)).ToString("HH:mm:ss", CultureInfo.InvariantCulture) + Fraction(rounded, trim: false);
    }

    public static string StoreDate(DateOnly value) => value.ToString(Date, CultureInfo.InvariantCulture);

    /// <summary>A stored timestamptz (or any ISO text SQLite's date functions accept) in PostgreSQL's JSON form.</summary>
    public static string? JsonTimestampTz(string? stored)
    {
        if (stored is null)
        {
            return null;
        }
        if (!DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return stored;
        }
        return JsonTimestamp(value.UtcDateTime) + "+00:00";
    }

    public static string? JsonTimestamp(string? stored)
    {
        if (stored is null)
        {
            return null;
        }
        return DateTime.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var value) ? JsonTimestamp(value) : stored;
    }

    public static string? JsonTime(string? stored)
    {
        if (stored is null)
        {
            return null;
        }
        return TimeOnly.TryParse(stored, CultureInfo.InvariantCulture, out var value) ? JsonTime(value) : stored;
    }

    public static string JsonTimestamp(DateTime value)
    {
        var rounded = RoundToMicroseconds(value.Ticks);
        return new DateTime(rounded).ToString(Iso, CultureInfo.InvariantCulture) + Fraction(rounded, trim: true);
    }

    public static string JsonTime(TimeOnly value)
    {
        var rounded = Math.Min(RoundToMicroseconds(value.Ticks), TimeOnly.MaxValue.Ticks);
        return new TimeOnly(rounded).ToString("HH:mm:ss", CultureInfo.InvariantCulture) + Fraction(rounded, trim: true);
    }

    public static string JsonTimestampTz(DateTimeOffset value) => JsonTimestamp(value.UtcDateTime) + "+00:00";

    /// <summary>PostgreSQL keeps microseconds and rounds the rest.</summary>
    private static long RoundToMicroseconds(long ticks) => (ticks + 5) / 10 * 10;

    /// <summary>
    /// The sub-second digits: stored, three (as <c>now()</c> writes) or six when there are microseconds; for JSON,
    /// without trailing zeros and without the point when zero.
    /// </summary>
    private static string Fraction(long ticks, bool trim)
    {
        var micros = ticks % TimeSpan.TicksPerSecond / 10;
        var digits = micros.ToString("000000", CultureInfo.InvariantCulture);
        if (trim)
        {
            digits = digits.TrimEnd('0');
            return digits.Length == 0 ? "" : "." + digits;
        }
        return "." + (micros % 1000 == 0 ? digits[..3] : digits);
    }
}
