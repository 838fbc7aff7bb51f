using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Sections;

/// <summary>
/// Reads <c>auth.rate_limits: { sign_in_per_ip: 30/5min, … }</c>: the limits a spec overrides, by name; the auth
/// server keeps its defaults for the others.
/// </summary>
internal static class AuthRateLimitsReader
{
    public static IReadOnlyDictionary<string, RateLimitRule> Read(LoadContext context, SpecNode? node, string path)
    {
        var rules = new Dictionary<string, RateLimitRule>(StringComparer.Ordinal);
        if (context.Section(node, path, SpecKeys.AuthRateLimits) is not { } map)
        {
            return rules.AsReadOnly();
        }
        foreach (var name in SpecKeys.AuthRateLimits)
        {
            var itemPath = SpecPath.Key(path, name);
            if (map[name] is { } value && context.String(value, itemPath) is { } text
                && RateLimitReader.Parse(context, (SpecScalar)value, itemPath, text) is { } rule)
            {
                rules[name] = rule;
            }
        }
        return rules.AsReadOnly();
    }
}
