using Basalt.Spec.Loading.Compiling;
using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Policies;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Sections;

/// <summary>
/// Reads <c>policies:</c>. Expressions are kept as text with their position; once every table is compiled,
/// <see cref="PolicyChecker"/> parses and validates them against the whole schema.
/// </summary>
internal static class PolicyReader
{
    private const string EmptyPolicy = "a policy cannot be empty; write \"true\" to allow every row, or remove the operation to deny it";

    /// <param name="roles">Every role a policy may name (built-in and custom).</param>
    /// <param name="sources">Receives where each expression was written.</param>
    public static TablePolicies Read(LoadContext context, SpecNode? node, string path, IReadOnlyList<string> roles, IDictionary<PolicyExpression, PolicySource> sources)
    {
        if (context.Map(node, path) is not { } map)
        {
            return TablePolicies.None;
        }
        var rules = new Dictionary<string, PolicyRule>();
        foreach (var (key, value) in map.Entries)
        {
            var operationPath = SpecPath.Key(path, key.Value);
            if (!SpecKeys.PolicyOperations.Contains(key.Value))
            {
                context.Error(key, operationPath, Suggestions.Unknown("operation", key.Value, SpecKeys.PolicyOperations));
            }
            else if (ReadRule(context, value, operationPath, roles, sources) is { } rule)
            {
                rules[key.Value] = rule;
            }
        }
        return new TablePolicies(rules.GetValueOrDefault("select"), rules.GetValueOrDefault("insert"),
            rules.GetValueOrDefault("update"), rules.GetValueOrDefault("delete"));
    }

    private static PolicyRule? ReadRule(LoadContext context, SpecNode value, string path, IReadOnlyList<string> roles, IDictionary<PolicyExpression, PolicySource> sources)
    {
        if (value is SpecScalar scalar)
        {
            return ReadExpression(context, scalar, path, sources) is { } expression
                ? new PolicyRule(new Dictionary<string, PolicyExpression> { [PolicyRule.AnyRole] = expression }.AsReadOnly())
                : null;
        }
        if (value is not SpecMap map)
        {
            context.Error(value, path, $"expected a policy expression, or a mapping of role to expression, found {value.Describe()}");
            return null;
        }
        if (map.Entries.Count == 0)
        {
            context.Error(map, path, "expected a policy expression, or a mapping of role to expression, found an empty mapping");
            return null;
        }
        var byRole = new Dictionary<string, PolicyExpression>();
        var ok = true;
        foreach (var (role, expressionNode) in map.Entries)
        {
            var rolePath = SpecPath.Key(path, role.Value);
            ok &= RoleNames.Check(context, role, rolePath, roles);
            var expression = context.Scalar(expressionNode, rolePath, "a policy expression");
            if (expression is not null && ReadExpression(context, expression, rolePath, sources) is { } compiled)
            {
                byRole[role.Value] = compiled;
            }
            else
            {
                ok = false;
            }
        }
        return ok ? new PolicyRule(byRole.AsReadOnly()) : null;
    }

    private static PolicyExpression? ReadExpression(LoadContext context, SpecScalar scalar, string path, IDictionary<PolicyExpression, PolicySource> sources)
    {
        if (scalar.ExpansionFailed)
        {
            return null;
        }
        if (scalar.IsNull || scalar.Value.Trim().Length == 0)
        {
            context.Error(scalar, path, EmptyPolicy);
            return null;
        }
        var expression = new PolicyExpression(scalar.Value, context.At(scalar));
        sources[expression] = new PolicySource(PolicyTextMap.FromSource(scalar.Value, scalar.Source, scalar.Line, scalar.Column), path);
        return expression;
    }
}
