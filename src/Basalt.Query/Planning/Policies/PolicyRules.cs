using Basalt.Spec.Policies;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>The four operations a table's policies govern.</summary>
internal enum PolicyOperation
{
    Select,
    Insert,
    Update,
    Delete,
}

/// <summary>
/// Which of a table's policies apply to a caller: for one operation, the expression for every role (<c>*</c>), the one
/// for the caller's role and those for the custom roles in its <c>app_metadata.roles</c>, any of which lets a row
/// through (PostgreSQL's permissive policies). None at all means the operation is refused to that caller.
/// </summary>
internal static class PolicyRules
{
    public static IReadOnlyList<PolicyCondition> For(TableSchema table, PolicyOperation operation, PolicyCaller caller)
    {
        var rule = operation switch
        {
            PolicyOperation.Select => table.Policies.Select,
            PolicyOperation.Insert => table.Policies.Insert,
            PolicyOperation.Update => table.Policies.Update,
            _ => table.Policies.Delete,
        };
        if (rule is null)
        {
            return [];
        }
        var roles = new List<string> { PolicyRule.AnyRole, caller.Role };
        roles.AddRange(caller.Roles);
        return roles.Distinct(StringComparer.Ordinal)
            .Select(role => rule.ByRole.TryGetValue(role, out var expression) ? expression.Condition : null)
            .OfType<PolicyCondition>()
            .ToList();
    }
}
