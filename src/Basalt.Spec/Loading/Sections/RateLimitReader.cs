using System.Globalization;
using System.Text.RegularExpressions;
using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Sections;

/// <summary>Reads <c>rate_limit: { role: "60/min" }</c>.</summary>
internal static partial class RateLimitReader
{
    private const string Forms = "write a count and a window such as 60/min or 30/5min (units: s, sec, second, min, minute, h, hour, day)";

    public static IReadOnlyDictionary<string, RateLimitRule> Read(LoadContext context, SpecNode? node, string path, IReadOnlyList<string> roles)
    {
        var rules = new Dictionary<string, RateLimitRule>();
        if (context.Map(node, path) is not { } map)
        {
            return rules.AsReadOnly();
        }
        foreach (var (role, value) in map.Entries)
        {
            var rolePath = SpecPath.Key(path, role.Value);
            var known = RoleNames.Check(context, role, rolePath, roles);
            if (context.String(value, rolePath) is not { } text)
            {
                if (value is SpecScalar { IsNull: true })
                {
                    context.Error(value, rolePath, $"expected a rate limit, found nothing; {Forms}");
                }
                continue;
            }
            if (Parse(context, (SpecScalar)value, rolePath, text) is { } rule && known)
            {
                rules[role.Value] = rule;
            }
        }
        return rules.AsReadOnly();
    }

    /// <summary>One <c>count/window</c> value, such as <c>60/min</c> or <c>30/5min</c>; reports what is wrong at <paramref name="node"/>.</summary>
    public static RateLimitRule? Parse(LoadContext context, SpecScalar node, string path, string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            context.Error(node, path, $"invalid rate limit '{text}'; {Forms}");
            return null;
        }
        if (!int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            context.Error(node, path, $"a rate limit needs a count from 1 to {int.MaxValue}, found {match.Groups[1].Value}");
            return null;
        }
        var units = 1;
        if (match.Groups[2].Success && (!int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out units) || units is < 1 or > 1000))
        {
            context.Error(node, path, $"a rate limit's window is 1 to 1000 units, found {match.Groups[2].Value}; {Forms}");
            return null;
        }
        var unit = match.Groups[3].Value switch
        {
            "s" or "sec" or "second" => TimeSpan.FromSeconds(1),
            "min" or "minute" => TimeSpan.FromMinutes(1),
            "h" or "hour" => TimeSpan.FromHours(1),
            _ => TimeSpan.FromDays(1),
        };
        return new RateLimitRule(count, unit * units);
    }

    [GeneratedRegex(@"^\s*([0-9]+)\s*/\s*([0-9]+)?\s*(s|sec|second|min|minute|h|hour|day)\s*$")]
    private static partial Regex Pattern();
}
