using Basalt.Spec.Schema;

namespace Basalt.OpenApi.Operations;

/// <summary>
/// Says who may do an operation, from the table's policies in the spec: the expression the rows must satisfy, per
/// role where the spec splits it. The <c>service_role</c> key bypasses policies; no policy means only it may.
/// </summary>
internal static class PolicyText
{
    public static string Describe(string operation, PolicyRule? rule)
    {
        if (rule is null || rule.ByRole.Count == 0)
        {
            return $"No `{operation}` policy: only the `service_role` key may do this.";
        }
        if (rule.ByRole.Count == 1 && rule.ByRole.TryGetValue(PolicyRule.AnyRole, out var any))
        {
            return $"`{operation}` policy, for every role: `{any.Text}`. The `service_role` key bypasses it.";
        }
        var roles = rule.ByRole.OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => $"{(r.Key == PolicyRule.AnyRole ? "any other role" : $"`{r.Key}`")}: `{r.Value.Text}`");
        return $"`{operation}` policy by role — {string.Join("; ", roles)}. Other roles may not; the `service_role` key bypasses it.";
    }
}
