namespace Basalt.Spec.Schema;

/// <summary>Row-level policies of a table. A null operation is denied to every role but <c>service_role</c>.</summary>
public sealed record TablePolicies(PolicyRule? Select = null, PolicyRule? Insert = null, PolicyRule? Update = null, PolicyRule? Delete = null)
{
    public static TablePolicies None { get; } = new();
}
