using System.Globalization;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Policies;

/// <summary>
/// Normalises row values by their column's kind and compares two non-null values the way the SQL engines do:
/// numbers numerically, text by code point (SQLite's BINARY collation, PostgreSQL's "C"; other collations are
/// out of scope), uuids as uuids (case never matters; ordered like PostgreSQL, by their bytes), timestamps as
/// instants (a value without an offset is UTC; a date is midnight UTC), enum labels by declaration order, and
/// booleans false &lt; true. A string meets a typed value the way SQL's untyped literal does: it is read as that type.
/// </summary>
internal static class PolicyValueComparer
{
    /// <summary>The value of a column, in the form <see cref="Compare"/> expects.</summary>
    public static object? Normalize(object? raw, ColumnSchema? column)
    {
        if (raw is null or DBNull)
        {
            return null;
        }
        if (column is null || column.Type.IsArray)
        {
            return Plain(raw);
        }
        return column.Type.Kind switch
        {
            ColumnKind.Uuid => raw is string s ? Guid.Parse(s) : raw,
            ColumnKind.Enum => new PolicyEnumLabel(Convert.ToString(raw, CultureInfo.InvariantCulture)!, column.Type.Values),
            ColumnKind.Timestamp or ColumnKind.TimestampTz => Instant(raw),
            ColumnKind.Date => raw switch
            {
                string s => DateOnly.Parse(s, CultureInfo.InvariantCulture),
                DateTime d => DateOnly.FromDateTime(d),
                DateTimeOffset d => DateOnly.FromDateTime(d.UtcDateTime),
                _ => raw,
            },
            ColumnKind.Time => raw switch
            {
                string s => TimeOnly.Parse(s, CultureInfo.InvariantCulture),
                TimeSpan t => TimeOnly.FromTimeSpan(t),
                _ => raw,
            },
            ColumnKind.Boolean => raw is bool ? raw : Convert.ToInt64(raw, CultureInfo.InvariantCulture) != 0,
            ColumnKind.Text => raw,
            _ => Plain(raw),
        };
    }

    /// <summary>A value without a column to say its kind: numbers widen to decimal, date-times become instants.</summary>
    public static object Plain(object raw) => raw switch
    {
        byte or sbyte or short or ushort or int or uint or long or ulong or decimal => Convert.ToDecimal(raw, CultureInfo.InvariantCulture),
        float f => (double)f,
        DateTime or DateTimeOffset => Instant(raw),
        _ => raw,
    };

    private static DateTimeOffset Instant(object raw) => raw switch
    {
        DateTimeOffset d => d,
        DateTime d => new DateTimeOffset(d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        _ => throw new InvalidOperationException($"'{raw}' ({raw.GetType().Name}) is not a timestamp"),
    };

    /// <summary>Negative, zero or positive; both values are non-null and normalised.</summary>
    public static int Compare(object a, object b) => (a, b) switch
    {
        (string x, string y) => CompareCodePoints(x, y),
        (PolicyEnumLabel x, PolicyEnumLabel y) => x.Values.SequenceEqual(y.Values) ? x.Order.CompareTo(y.Order) : CompareCodePoints(x.Label, y.Label),
        (PolicyEnumLabel x, string y) => x.IndexOf(y) is >= 0 and var i ? x.Order.CompareTo(i) : CompareCodePoints(x.Label, y),
        (string x, PolicyEnumLabel y) => -Compare(y, x),
        (string x, _) => Compare(Coerce(x, b), b),
        (_, string y) => Compare(a, Coerce(y, a)),
        (decimal x, decimal y) => x.CompareTo(y),
        (double or decimal, double or decimal) => Convert.ToDouble(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(b, CultureInfo.InvariantCulture)),
        (Guid x, Guid y) => string.CompareOrdinal(x.ToString("D"), y.ToString("D")),
        (DateTimeOffset x, DateTimeOffset y) => x.UtcTicks.CompareTo(y.UtcTicks),
        (DateOnly x, DateOnly y) => x.CompareTo(y),
        (DateOnly x, DateTimeOffset y) => Midnight(x).UtcTicks.CompareTo(y.UtcTicks),
        (DateTimeOffset x, DateOnly y) => x.UtcTicks.CompareTo(Midnight(y).UtcTicks),
        (TimeOnly x, TimeOnly y) => x.CompareTo(y),
        (bool x, bool y) => x.CompareTo(y),
        _ => throw new InvalidOperationException($"cannot compare {a} ({a.GetType().Name}) with {b} ({b.GetType().Name})"),
    };

    private static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>A string read as the other side's type, as SQL reads an untyped literal.</summary>
    private static object Coerce(string text, object other) => other switch
    {
        Guid => Guid.Parse(text),
        DateTimeOffset => Instant(text),
        DateOnly => DateOnly.Parse(text, CultureInfo.InvariantCulture),
        TimeOnly => TimeOnly.Parse(text, CultureInfo.InvariantCulture),
        decimal or double => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"cannot compare the text '{text}' with {other} ({other.GetType().Name})"),
    };

    /// <summary>Orders by Unicode code point (UTF-16 ordinal order differs for characters above U+FFFF).</summary>
    public static int CompareCodePoints(string x, string y)
    {
        var left = x.EnumerateRunes();
        var right = y.EnumerateRunes();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight)
            {
                return hasLeft.CompareTo(hasRight);
            }
            var order = left.Current.Value.CompareTo(right.Current.Value);
            if (order != 0)
            {
                return order;
            }
        }
    }

    /// <summary>The text of a value for <c>like</c>.</summary>
    public static string Text(object value) => value switch
    {
        string s => s,
        PolicyEnumLabel label => label.Label,
        _ => throw new InvalidOperationException($"like needs text, found {value} ({value.GetType().Name})"),
    };
}
