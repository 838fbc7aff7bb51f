using System.Globalization;
using System.Text.RegularExpressions;

namespace Basalt.Spec.Loading.Sections;

/// <summary>The text forms a literal default of a date, time, timestamp or uuid column may take.</summary>
internal static partial class LiteralFormats
{
    public static bool IsUuid(string text) => Guid.TryParseExact(text, "D", out _);

    public static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public static bool IsTime(string text) =>
        Time().IsMatch(text) && TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>ISO-8601 as both databases read it: a date, optionally a time (<c>T</c> or a space) and an offset.</summary>
    public static bool IsTimestamp(string text)
    {
        var match = Timestamp().Match(text);
        if (!match.Success || !IsDate(match.Groups["date"].Value))
        {
            return false;
        }
        return !match.Groups["time"].Success || IsTime(match.Groups["time"].Value);
    }

    [GeneratedRegex(@"^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?$")]
    private static partial Regex Time();

    [GeneratedRegex(@"^(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})([T ](?<time>[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?)(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?$")]
    private static partial Regex Timestamp();
}
