using System.Text.Json;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Policies;

/// <summary>
/// Evaluates a policy tree in C#, with SQL's three-valued logic: a comparison with NULL is unknown (null),
/// <c>not</c> unknown is unknown, <c>and</c>/<c>or</c> follow SQL's truth tables, <c>in</c> with a NULL item and no
/// match is unknown, <c>exists</c> and <c>is [not] null</c> are never unknown. A row passes only when the result is
/// true. It is the reference the SQL compilation of policies is tested against.
/// </summary>
/// <param name="schema">Column kinds, so values compare as their engine compares them (uuid, enum, timestamp…).</param>
/// <param name="now">The value of <c>now()</c>.</param>
/// <param name="rows">The rows of a table, for <c>exists</c>.</param>
public sealed class PolicyEvaluator(DatabaseSchema schema, PolicyCaller caller, DateTimeOffset now,
    Func<TableName, IEnumerable<IReadOnlyDictionary<string, object?>>> rows)
{
    /// <summary>True, false, or null for unknown, for <paramref name="row"/> of the policy's own table.</summary>
    public bool? Evaluate(PolicyCondition condition, IReadOnlyDictionary<string, object?> row) => Condition(condition, [row]);

    /// <summary>
    /// A value that reads no row (a literal, <c>auth.*</c>, <c>now()</c>), normalized as comparisons see it: what the
    /// SQL compilation of policies folds for the caller before the query runs.
    /// </summary>
    public object? Evaluate(PolicyValue value) => Value(value, []);

    /// <summary>Whether the row passes: the policy is true (unknown and false both refuse).</summary>
    public bool Passes(PolicyCondition condition, IReadOnlyDictionary<string, object?> row) => Evaluate(condition, row) == true;

    private bool? Condition(PolicyCondition condition, List<IReadOnlyDictionary<string, object?>> scopes) => condition switch
    {
        PolicyAnd and => And(Condition(and.Left, scopes), Condition(and.Right, scopes)),
        PolicyOr or => Or(Condition(or.Left, scopes), Condition(or.Right, scopes)),
        PolicyNot not => !Condition(not.Operand, scopes),
        PolicyIsNull isNull => (Value(isNull.Value, scopes) is null) != isNull.Negated,
        PolicyTruth truth => Value(truth.Value, scopes) switch
        {
            null => null,
            bool b => b,
            var other => throw new InvalidOperationException($"a condition must be a boolean, found {other}"),
        },
        PolicyComparison comparison => Compare(comparison, scopes),
        PolicyIn @in => In(@in, scopes),
        PolicyExists exists => Exists(exists, scopes),
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "unknown policy condition"),
    };

    /// <summary>SQL's AND: false wins over unknown, unknown over true.</summary>
    public static bool? And(bool? left, bool? right) =>
        left == false || right == false ? false : left is null || right is null ? null : true;

    /// <summary>SQL's OR: true wins over unknown, unknown over false.</summary>
    public static bool? Or(bool? left, bool? right) =>
        left == true || right == true ? true : left is null || right is null ? null : false;

    private bool? Compare(PolicyComparison comparison, List<IReadOnlyDictionary<string, object?>> scopes)
    {
        var left = Value(comparison.Left, scopes);
        var right = Value(comparison.Right, scopes);
        if (left is null || right is null)
        {
            return null;
        }
        if (comparison.Operator == PolicyComparisonOperator.Like)
        {
            return PolicyLikeMatcher.Matches(PolicyValueComparer.Text(left), PolicyValueComparer.Text(right));
        }
        var order = PolicyValueComparer.Compare(left, right);
        return comparison.Operator switch
        {
            PolicyComparisonOperator.Equal => order == 0,
            PolicyComparisonOperator.NotEqual => order != 0,
            PolicyComparisonOperator.Less => order < 0,
            PolicyComparisonOperator.LessOrEqual => order <= 0,
            PolicyComparisonOperator.Greater => order > 0,
            _ => order >= 0,
        };
    }

    /// <summary><c>v in (a, b)</c> is <c>v = a or v = b</c>; <c>not in</c> its negation.</summary>
    private bool? In(PolicyIn @in, List<IReadOnlyDictionary<string, object?>> scopes)
    {
        var value = Value(@in.Value, scopes);
        bool? found = false;
        foreach (var item in @in.Items)
        {
            var candidate = Value(item, scopes);
            found = Or(found, value is null || candidate is null ? null : PolicyValueComparer.Compare(value, candidate) == 0);
        }
        return @in.Negated ? !found : found;
    }

    private bool Exists(PolicyExists exists, List<IReadOnlyDictionary<string, object?>> scopes)
    {
        foreach (var row in rows(exists.Table))
        {
            var inner = scopes.Take(exists.Scope).Append(row).ToList();
            if (Condition(exists.Where, inner) == true)
            {
                return true;
            }
        }
        return false;
    }

    private object? Value(PolicyValue value, List<IReadOnlyDictionary<string, object?>> scopes) => value switch
    {
        PolicyColumn column => Column(column, scopes),
        PolicyLiteral { Value: null } => null,
        PolicyLiteral literal => PolicyValueComparer.Plain(literal.Value!),
        PolicyAuthUid => caller.UserId,
        PolicyAuthRole => caller.Role,
        PolicyHasRole hasRole => caller.HasRole(hasRole.Role),
        PolicyNow => now,
        PolicyJwtClaim claim => Claim(claim),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "unknown policy value"),
    };

    private object? Column(PolicyColumn column, List<IReadOnlyDictionary<string, object?>> scopes)
    {
        if (column.Scope >= scopes.Count)
        {
            throw new InvalidOperationException($"the column {column.Table}.{column.Column} is bound to scope {column.Scope}, outside any exists");
        }
        if (!scopes[column.Scope].TryGetValue(column.Column, out var raw))
        {
            throw new KeyNotFoundException($"the row of {column.Table} (scope {column.Scope}) has no value for '{column.Column}'");
        }
        return PolicyValueComparer.Normalize(raw, schema.Find(column.Table)?.FindColumn(column.Column));
    }

    /// <summary>
    /// <c>-&gt;</c> gives JSON (a JSON <c>null</c> is a value, not SQL's NULL); <c>-&gt;&gt;</c> gives text: a string's
    /// content, other JSON as written, NULL for JSON null. A missing claim is NULL either way.
    /// </summary>
    private object? Claim(PolicyJwtClaim claim)
    {
        var element = caller.Claims;
        if (element.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }
        foreach (var step in claim.Path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(step, out element))
            {
                return null;
            }
        }
        if (!claim.AsText)
        {
            return element;
        }
        return element.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => element.GetString(),
            _ => element.GetRawText(),
        };
    }
}
