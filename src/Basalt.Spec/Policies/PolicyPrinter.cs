using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Basalt.Spec.Policies;

/// <summary>
/// Prints a tree back to the policy language, such that parsing the text against the same schema gives the same
/// tree. Columns are always qualified (<c>posts.title</c>) and each <c>exists</c> gets an alias (<c>s1</c>, <c>s2</c>…)
/// so that the scope a column binds to never depends on which tables have which columns; parentheses appear only
/// where precedence needs them.
/// </summary>
public static partial class PolicyPrinter
{
    private const int OrLevel = 1;
    private const int AndLevel = 2;
    private const int NotLevel = 3;
    private const int AtomLevel = 4;

    public static string Print(PolicyCondition condition)
    {
        var text = new StringBuilder();
        var aliases = new Dictionary<int, string>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        Collect(condition, taken);
        new Writer(text, aliases, taken).Condition(condition, OrLevel);
        return text.ToString();
    }

    /// <summary>Every table name and column qualifier of the tree, so no alias can shadow one.</summary>
    private static void Collect(PolicyCondition condition, HashSet<string> names)
    {
        switch (condition)
        {
            case PolicyAnd a: Collect(a.Left, names); Collect(a.Right, names); break;
            case PolicyOr o: Collect(o.Left, names); Collect(o.Right, names); break;
            case PolicyNot n: Collect(n.Operand, names); break;
            case PolicyExists e: names.Add(e.Table.Name); Collect(e.Where, names); break;
            case PolicyComparison c: Collect(c.Left, names); Collect(c.Right, names); break;
            case PolicyIn i: Collect(i.Value, names); i.Items.ToList().ForEach(v => Collect(v, names)); break;
            case PolicyIsNull n: Collect(n.Value, names); break;
            case PolicyTruth t: Collect(t.Value, names); break;
        }
    }

    private static void Collect(PolicyValue value, HashSet<string> names)
    {
        if (value is PolicyColumn column)
        {
            names.Add(column.Table.Name);
        }
    }

    private sealed class Writer(StringBuilder text, Dictionary<int, string> aliases, HashSet<string> taken)
    {
        public void Condition(PolicyCondition condition, int level)
        {
            var own = Level(condition);
            if (own < level)
            {
                text.Append('(');
            }
            switch (condition)
            {
                case PolicyOr or:
                    Condition(or.Left, OrLevel);
                    text.Append(" or ");
                    Condition(or.Right, AndLevel);
                    break;
                case PolicyAnd and:
                    Condition(and.Left, AndLevel);
                    text.Append(" and ");
                    Condition(and.Right, NotLevel);
                    break;
                case PolicyNot not:
                    text.Append("not ");
                    Condition(not.Operand, NotLevel);
                    break;
                default:
                    Atom(condition);
                    break;
            }
            if (own < level)
            {
                text.Append(')');
            }
        }

        private static int Level(PolicyCondition condition) => condition switch
        {
            PolicyOr => OrLevel,
            PolicyAnd => AndLevel,
            PolicyNot => NotLevel,
            _ => AtomLevel,
        };

        private void Atom(PolicyCondition condition)
        {
            switch (condition)
            {
                case PolicyComparison comparison:
                    Value(comparison.Left);
                    text.Append(' ').Append(Operator(comparison.Operator)).Append(' ');
                    Value(comparison.Right);
                    break;
                case PolicyIn @in:
                    Value(@in.Value);
                    text.Append(@in.Negated ? " not in (" : " in (");
                    for (var i = 0; i < @in.Items.Count; i++)
                    {
                        text.Append(i == 0 ? "" : ", ");
                        Value(@in.Items[i]);
                    }
                    text.Append(')');
                    break;
                case PolicyIsNull isNull:
                    Value(isNull.Value);
                    text.Append(isNull.Negated ? " is not null" : " is null");
                    break;
                case PolicyTruth truth:
                    Value(truth.Value);
                    break;
                case PolicyExists exists:
                    var alias = "s" + exists.Scope.ToString(CultureInfo.InvariantCulture);
                    while (taken.Contains(alias))
                    {
                        alias = "_" + alias;
                    }
                    aliases[exists.Scope] = alias;
                    text.Append("exists(").Append(Name(exists.Table.Schema)).Append(exists.Table.Schema is null ? "" : ".")
                        .Append(Name(exists.Table.Name)).Append(" as ").Append(alias).Append(" where ");
                    Condition(exists.Where, OrLevel);
                    text.Append(')');
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(condition), condition, "unknown policy condition");
            }
        }

        private static string Operator(PolicyComparisonOperator op) => op switch
        {
            PolicyComparisonOperator.Equal => "=",
            PolicyComparisonOperator.NotEqual => "<>",
            PolicyComparisonOperator.Less => "<",
            PolicyComparisonOperator.LessOrEqual => "<=",
            PolicyComparisonOperator.Greater => ">",
            PolicyComparisonOperator.GreaterOrEqual => ">=",
            _ => "like",
        };

        private void Value(PolicyValue value)
        {
            switch (value)
            {
                case PolicyColumn column:
                    var qualifier = column.Scope > 0 && aliases.TryGetValue(column.Scope, out var alias)
                        ? alias
                        : (column.Table.Schema is null ? "" : Name(column.Table.Schema) + ".") + Name(column.Table.Name);
                    text.Append(qualifier).Append('.').Append(Name(column.Column));
                    break;
                case PolicyLiteral literal:
                    text.Append(Literal(literal.Value));
                    break;
                case PolicyAuthUid:
                    text.Append("auth.uid()");
                    break;
                case PolicyAuthRole:
                    text.Append("auth.role()");
                    break;
                case PolicyNow:
                    text.Append("now()");
                    break;
                case PolicyHasRole hasRole:
                    text.Append("auth.has_role(").Append(Quote(hasRole.Role)).Append(')');
                    break;
                case PolicyJwtClaim claim:
                    text.Append("auth.jwt()");
                    for (var i = 0; i < claim.Path.Count; i++)
                    {
                        text.Append(claim.AsText && i == claim.Path.Count - 1 ? " ->> " : " -> ").Append(Quote(claim.Path[i]));
                    }
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(value), value, "unknown policy value");
            }
        }
    }

    /// <summary>A literal as the lexer reads it back: a decimal always keeps a point, so it stays a decimal.</summary>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        decimal d when d.ToString(CultureInfo.InvariantCulture) is var t => t.Contains('.', StringComparison.Ordinal) ? t : t + ".0",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "a policy literal is a string, long, decimal, bool or null"),
    };

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A name as written, double-quoted when it is a keyword or not a plain lowercase identifier.</summary>
    private static string Name(string? name) =>
        name is null ? "" : PlainName().IsMatch(name) && !PolicyKeywords.All.Contains(name) ? name : "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex PlainName();
}
