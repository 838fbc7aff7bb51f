using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;

namespace Basalt.Spec.Loading.Sections;

/// <summary>Reads top-level <c>roles:</c> and checks role names used by policies and rate limits.</summary>
internal static class RoleNames
{
    public static IReadOnlyList<string> ReadCustomRoles(LoadContext context, SpecNode? node)
    {
        var roles = new List<string>();
        foreach (var (name, item, path) in context.Strings(node, "roles") ?? [])
        {
            if (NameRules.BuiltInRoles.Contains(name))
            {
                context.Error(item, path, $"'{name}' is a built-in role; custom roles cannot reuse {string.Join(", ", NameRules.BuiltInRoles)}");
            }
            else if (!NameRules.Role().IsMatch(name))
            {
                context.Error(item, path, $"invalid role name '{name}'; use lowercase letters, digits and '_', starting with a letter");
            }
            else if (roles.Contains(name))
            {
                context.Error(item, path, $"role '{name}' is listed twice");
            }
            else
            {
                roles.Add(name);
            }
        }
        return roles.ToArray();
    }

    /// <summary>The built-in roles, then the spec's own: every role a policy or rate limit may name.</summary>
    public static IReadOnlyList<string> All(IReadOnlyList<string> customRoles) => [.. NameRules.BuiltInRoles, .. customRoles];

    public static bool Check(LoadContext context, SpecScalar role, string path, IReadOnlyList<string> validRoles)
    {
        if (validRoles.Contains(role.Value))
        {
            return true;
        }
        context.Error(role, path, Suggestions.Unknown("role", role.Value, validRoles));
        return false;
    }
}
