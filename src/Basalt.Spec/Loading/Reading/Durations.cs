using System.Globalization;
using System.Text.RegularExpressions;

namespace Basalt.Spec.Loading.Reading;

/// <summary>Durations as a spec writes them: <c>500ms</c>, <c>30s</c>, <c>5m</c>/<c>5min</c>, <c>1h</c>, <c>30d</c>.</summary>
internal static partial class Durations
{
    public const string Forms = "500ms, 30s, 5m (or 5min), 1h, 30d";

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || !long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return false;
        }
        try
        {
            duration = match.Groups[2].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(count),
                "s" => TimeSpan.FromSeconds(count),
                "m" or "min" => TimeSpan.FromMinutes(count),
                "h" => TimeSpan.FromHours(count),
                _ => TimeSpan.FromDays(count),
            };
            return true;
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    [GeneratedRegex("^([0-9]{1,12})(ms|s|min|m|h|d)$")]
    private static partial Regex Pattern();
}
