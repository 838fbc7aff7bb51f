namespace Basalt.Spec.Schema;

/// <summary>
/// The policy of one operation: an expression per role. A single expression in the spec applies to every role
/// and is stored under <see cref="AnyRole"/>.
/// </summary>
public sealed record PolicyRule(IReadOnlyDictionary<string, PolicyExpression> ByRole)
{
    public const string AnyRole = "*";
}
