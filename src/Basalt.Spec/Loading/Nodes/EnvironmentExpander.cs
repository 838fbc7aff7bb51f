using System.Text;
using System.Text.RegularExpressions;

namespace Basalt.Spec.Loading.Nodes;

/// <summary>
/// Expands <c>${NAME}</c>, <c>${NAME:-default}</c> and the escape <c>$${</c> in a scalar. A variable that is unset
/// (not merely empty) and has no default is an error naming it, so a missing secret never becomes an empty string.
/// </summary>
internal sealed partial class EnvironmentExpander(Func<string, string?> lookup)
{
    public static EnvironmentExpander From(IReadOnlyDictionary<string, string?>? environment) =>
        environment is null
            ? new EnvironmentExpander(Environment.GetEnvironmentVariable)
            : new EnvironmentExpander(name => environment.TryGetValue(name, out var value) ? value : null);

    /// <summary>Returns the expanded text, or null when any reference failed; <paramref name="problems"/> says why.</summary>
    public string? Expand(string text, List<string> problems)
    {
        if (!text.Contains('$', StringComparison.Ordinal))
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        var failed = false;
        var i = 0;
        while (i < text.Length)
        {
            if (text.AsSpan(i).StartsWith("$${"))
            {
                result.Append("${");
                i += 3;
                continue;
            }
            if (!text.AsSpan(i).StartsWith("${"))
            {
                result.Append(text[i]);
                i++;
                continue;
            }
            var end = text.IndexOf('}', i + 2);
            if (end < 0)
            {
                problems.Add("unterminated '${'; write ${NAME}, ${NAME:-default}, or $${ for a literal '${'");
                return null;
            }
            var reference = text[i..(end + 1)];
            var value = Resolve(text[(i + 2)..end], reference, problems);
            if (value is null)
            {
                failed = true;
            }
            else
            {
                result.Append(value);
            }
            i = end + 1;
        }
        return failed ? null : result.ToString();
    }

    private string? Resolve(string inner, string reference, List<string> problems)
    {
        var separator = inner.IndexOf(":-", StringComparison.Ordinal);
        var name = separator < 0 ? inner : inner[..separator];
        if (!VariableName().IsMatch(name))
        {
            problems.Add($"invalid reference '{reference}'; write ${{NAME}} or ${{NAME:-default}}, NAME made of letters, digits and '_'");
            return null;
        }
        var value = lookup(name);
        if (separator < 0)
        {
            if (value is null)
            {
                problems.Add($"environment variable {name} is not set; set it or write ${{{name}:-default}}");
            }
            return value;
        }
        var fallback = inner[(separator + 2)..];
        if (fallback.Contains("${", StringComparison.Ordinal))
        {
            problems.Add($"invalid reference '{reference}'; a default cannot contain another ${{...}}");
            return null;
        }
        return string.IsNullOrEmpty(value) ? fallback : value;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();
}
