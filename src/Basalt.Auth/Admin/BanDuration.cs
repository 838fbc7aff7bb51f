using System.Globalization;
using System.Text.RegularExpressions;

namespace Basalt.Auth.Admin;

/// <summary>
/// GoTrue's <c>ban_duration</c>: a Go duration string (<c>ns</c>, <c>us</c>, <c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c>
/// units, summed: <c>1h30m</c>) or <c>none</c>, which lifts the ban.
/// </summary>
public static partial class BanDuration
{
    /// <summary>True when <paramref name="text"/> parses; <paramref name="duration"/> is null for <c>none</c>.</summary>
    public static bool TryParse(string text, out TimeSpan? duration)
    {
        duration = null;
        if (text == "none")
        {
            return true;
        }
        var match = Pattern().Match(text);
        if (!match.Success || text.Length > 64)
        {
            return false;
        }
        double seconds = 0;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unit = Unit().Match(part.Value);
            var amount = double.Parse(unit.Groups[1].Value, CultureInfo.InvariantCulture);
            seconds += amount * unit.Groups[2].Value switch
            {
                "ns" => 1e-9, "us" or "µs" => 1e-6, "ms" => 1e-3, "s" => 1, "m" => 60, _ => 3600,
            };
        }
        if (seconds <= 0 || seconds > TimeSpan.FromDays(365 * 1000).TotalSeconds)
        {
            return false;
        }
        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }

    [GeneratedRegex(@"^(?<part>[0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)(ns|us|µs|ms|s|m|h)$")]
    private static partial Regex Unit();
}
