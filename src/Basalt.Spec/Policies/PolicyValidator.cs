using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Policies;

/// <summary>
/// Checks a bound policy tree against the schema: roles named by <c>auth.has_role</c> exist, compared values can
/// ever compare (a string literal never equals an integer column), enum and uuid literals are valid for their
/// column, <c>like</c> has text on both sides, and a value used as a condition is a boolean. Every problem is
/// reported, each at the node it concerns.
/// </summary>
public sealed class PolicyValidator
{
    private readonly DatabaseSchema schema;
    private readonly IReadOnlyList<string> roles;
    private readonly List<PolicyDiagnostic> errors = [];

    private PolicyValidator(DatabaseSchema schema, IReadOnlyList<string> roles)
    {
        this.schema = schema;
        this.roles = roles;
    }

    /// <param name="roles">Every role a policy may name: the built-in ones and the spec's <c>roles:</c>.</param>
    public static IReadOnlyList<PolicyDiagnostic> Validate(PolicyCondition condition, DatabaseSchema schema, IReadOnlyList<string> roles)
    {
        var validator = new PolicyValidator(schema, roles);
        validator.Check(condition);
        return validator.errors;
    }

    private void Check(PolicyCondition condition)
    {
        switch (condition)
        {
            case PolicyAnd and:
                Check(and.Left);
                Check(and.Right);
                break;
            case PolicyOr or:
                Check(or.Left);
                Check(or.Right);
                break;
            case PolicyNot not:
                Check(not.Operand);
                break;
            case PolicyExists exists:
                Check(exists.Where);
                break;
            case PolicyIsNull isNull:
                Type(isNull.Value);
                break;
            case PolicyTruth truth:
                CheckTruth(truth);
                break;
            case PolicyComparison { Operator: PolicyComparisonOperator.Like } like:
                CheckLike(like);
                break;
            case PolicyComparison comparison:
                Compare(comparison.Left, comparison.Right, comparison, Orders(comparison.Operator));
                break;
            case PolicyIn @in:
                foreach (var item in @in.Items)
                {
                    Compare(@in.Value, item, item, ordered: false);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(condition), condition, "unknown policy condition");
        }
    }

    /// <summary>The value's type; checks the role of <c>auth.has_role</c> on the way.</summary>
    private PolicyValueType Type(PolicyValue value)
    {
        if (value is PolicyHasRole hasRole && !roles.Contains(hasRole.Role))
        {
            Error(value, Suggestions.Unknown("role", hasRole.Role, roles) + "; declare custom roles under roles:");
        }
        return PolicyValueType.Of(value, schema);
    }

    private void CheckTruth(PolicyTruth truth)
    {
        var type = Type(truth.Value);
        if (type.Class is not (PolicyTypeClass.Boolean or PolicyTypeClass.Any))
        {
            Error(truth.Value, $"a condition must be true or false, but {type.Description} is not a boolean; compare it, as in {Example(truth.Value)}");
        }
    }

    private static string Example(PolicyValue value) => value switch
    {
        PolicyColumn c => $"{c.Column} = …",
        PolicyAuthUid => "user_id = auth.uid()",
        _ => "… = 'value'",
    };

    private void CheckLike(PolicyComparison like)
    {
        var left = Type(like.Left);
        var right = Type(like.Right);
        foreach (var (type, node) in new[] { (left, like.Left), (right, like.Right) })
        {
            if (!type.IsTextual)
            {
                Error(node, $"like compares text, but {type.Description} is not text");
            }
        }
        if (like.Right is PolicyLiteral { Value: string pattern } && PolicyLikeMatcher.EndsWithLoneEscape(pattern))
        {
            Error(like.Right, "a like pattern cannot end with the escape character '\\'; write '\\\\' for a backslash");
        }
    }

    /// <summary>Reports when <paramref name="a"/> and <paramref name="b"/> can never compare; at the literal if one side is one.</summary>
    private void Compare(PolicyValue a, PolicyValue b, PolicyNode at, bool ordered)
    {
        var left = Type(a);
        var right = Type(b);
        if ((Incompatible(left, right) ?? (ordered ? Unordered(left, right) : null)) is { } problem)
        {
            // At what is wrong: a JSON or array value, else the literal, else the comparison.
            PolicyNode node = left.IsOpaque ? a : right.IsOpaque ? b : (b is PolicyLiteral) ? b : (a is PolicyLiteral) ? a : at;
            Error(node, problem);
        }
    }

    private static string? Incompatible(PolicyValueType a, PolicyValueType b)
    {
        if (a.IsOpaque || b.IsOpaque)
        {
            var opaque = a.IsOpaque ? a : b;
            return $"{opaque.Description} can only be tested with 'is null' or 'is not null'";
        }
        if (a.Class == PolicyTypeClass.Any || b.Class == PolicyTypeClass.Any)
        {
            return null;
        }
        if (b.Class == PolicyTypeClass.StringLiteral)
        {
            return LiteralAgainst(a, b);
        }
        if (a.Class == PolicyTypeClass.StringLiteral)
        {
            return LiteralAgainst(b, a);
        }
        var compatible = (a.Class, b.Class) switch
        {
            (PolicyTypeClass.Enum, PolicyTypeClass.Enum) => a.Column!.Type.Values.SequenceEqual(b.Column!.Type.Values),
            (PolicyTypeClass.Text, PolicyTypeClass.Enum) or (PolicyTypeClass.Enum, PolicyTypeClass.Text) => true,
            (PolicyTypeClass.Date, PolicyTypeClass.Timestamp) or (PolicyTypeClass.Timestamp, PolicyTypeClass.Date) => true,
            var (x, y) => x == y,
        };
        return compatible ? null : $"cannot compare {a.Description} with {b.Description}";
    }

    private static bool Orders(PolicyComparisonOperator op) => op is not (PolicyComparisonOperator.Equal or PolicyComparisonOperator.NotEqual);

    /// <summary>
    /// An enum column orders by its declaration, a text column by code point: between the two only = and &lt;&gt; have
    /// one meaning (a literal is read as a label, so <c>status &lt; 'published'</c> is fine).
    /// </summary>
    private static string? Unordered(PolicyValueType a, PolicyValueType b) =>
        (a.Class, b.Class) is (PolicyTypeClass.Enum, PolicyTypeClass.Text) or (PolicyTypeClass.Text, PolicyTypeClass.Enum)
            && a.Column is not null && b.Column is not null
            ? $"{a.Description} and {b.Description} can only be compared with = or <>: an enum orders by its declared values, text by its characters"
            : null;

    private static string? LiteralAgainst(PolicyValueType target, PolicyValueType literal)
    {
        var text = literal.Text;
        return target.Class switch
        {
            PolicyTypeClass.StringLiteral or PolicyTypeClass.Text or PolicyTypeClass.Date or PolicyTypeClass.Time or PolicyTypeClass.Timestamp => null,
            PolicyTypeClass.Enum when target.Column!.Type.Values.Contains(text) => null,
            PolicyTypeClass.Enum => Suggestions.WithValid($"'{text}' is not a value of {target.Description}", text, target.Column!.Type.Values),
            PolicyTypeClass.Uuid when Guid.TryParse(text, out _) => null,
            PolicyTypeClass.Uuid => $"cannot compare {target.Description} with {literal.Description}, which is not a uuid",
            _ => $"cannot compare {target.Description} with {literal.Description}",
        };
    }

    private void Error(PolicyNode node, string message) => errors.Add(new PolicyDiagnostic(node.Position, message));
}
