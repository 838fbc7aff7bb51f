using System.Globalization;
using System.Text.Json;
using Basalt.Query.Request;
using Basalt.Spec.Policies;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// Turns a parsed policy into a plan predicate for one caller. Everything that reads no row — literals,
/// <c>auth.uid()</c>, <c>auth.role()</c>, <c>auth.jwt()</c>, <c>auth.has_role()</c>, <c>now()</c> — is evaluated here
/// (by <see cref="PolicyEvaluator"/>, the same code the property test trusts) and sent as typed parameters, so the SQL
/// only compares columns; a part decided without rows becomes a constant, and constants fold through and/or/not with
/// SQL's three-valued logic (unknown is kept, since <c>not</c> unknown is unknown). A value that cannot be read as the
/// column's type (a claim <c>"abc"</c> against an integer column) compares as unknown, so the row is refused.
/// </summary>
internal sealed class PolicyCompiler(DatabaseSchema schema, PolicyEvaluator evaluator)
{
    public Predicate Compile(PolicyCondition condition) => Condition(condition, 0);

    private Predicate Condition(PolicyCondition condition, int innermost)
    {
        if (!ReadsRows(condition))
        {
            return new ConstantPredicate(evaluator.Evaluate(condition, EmptyRow));
        }
        return condition switch
        {
            PolicyAnd and => PredicateLogic.And(Condition(and.Left, innermost), Condition(and.Right, innermost)),
            PolicyOr or => PredicateLogic.Or(Condition(or.Left, innermost), Condition(or.Right, innermost)),
            PolicyNot not => PredicateLogic.Not(Condition(not.Operand, innermost)),
            PolicyIsNull isNull => OnColumn((PolicyColumn)isNull.Value, innermost, field =>
                new ConditionPredicate(field, FilterOperator.Is, Quantifier.None, null, new IsCheck(isNull.Negated ? IsValue.NotNull : IsValue.Null))),
            PolicyTruth truth => Compare((PolicyColumn)truth.Value, FilterOperator.Eq, true, innermost),
            PolicyComparison comparison => Comparison(comparison, innermost),
            PolicyIn @in => In(@in, innermost),
            PolicyExists exists => new ExistsPredicate(Table(exists.Table), exists.Scope, Condition(exists.Where, exists.Scope)),
            _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "unknown policy condition"),
        };
    }

    private Predicate Comparison(PolicyComparison comparison, int innermost)
    {
        var op = Operator(comparison.Operator);
        return (comparison.Left, comparison.Right) switch
        {
            (PolicyColumn left, PolicyColumn right) => op == FilterOperator.Like
                ? throw new NotSupportedException("like compares a column with a pattern that reads no row")
                : new ColumnComparison(left.Scope, Column(left), op, right.Scope, Column(right)),
            (PolicyColumn left, var right) => Compare(left, op, evaluator.Evaluate(right), innermost),
            (var left, PolicyColumn right) => op == FilterOperator.Like
                ? throw new NotSupportedException("like needs the column on its left")
                : Compare(right, Mirror(op), evaluator.Evaluate(left), innermost),
            _ => throw new InvalidOperationException("a comparison reading no row is folded before it gets here"),
        };
    }

    /// <summary><c>in</c> as SQL reads it: equal to an item, unknown when no item is equal but one is NULL.</summary>
    private Predicate In(PolicyIn @in, int innermost)
    {
        Predicate result;
        if (@in.Value is PolicyColumn column && @in.Items.All(item => item is not PolicyColumn))
        {
            var values = @in.Items.Select(evaluator.Evaluate).ToList();
            var typed = values.Where(v => v is not null).Select(v => Typed(Column(column), v!)).ToList();
            Predicate matches = typed.Any(v => v is null) ? ConstantPredicate.Unknown : ConstantPredicate.False;
            var known = typed.OfType<SqlValue>().ToList();
            if (known.Count > 0)
            {
                matches = PredicateLogic.Or(OnColumn(column, innermost, field =>
                    new ConditionPredicate(field, FilterOperator.In, Quantifier.None, null, new ValuesOperand(known))), matches);
            }
            result = values.Any(v => v is null) ? PredicateLogic.Or(matches, ConstantPredicate.Unknown) : matches;
        }
        else
        {
            result = @in.Items.Select(item => Condition(new PolicyComparison(@in.Value, PolicyComparisonOperator.Equal, item), innermost))
                .Aggregate((Predicate)ConstantPredicate.False, PredicateLogic.Or);
        }
        return @in.Negated ? PredicateLogic.Not(result) : result;
    }

    private Predicate Compare(PolicyColumn column, FilterOperator op, object? value, int innermost)
    {
        if (value is null || Typed(Column(column), value) is not { } typed)
        {
            return ConstantPredicate.Unknown;
        }
        return OnColumn(column, innermost, field => new ConditionPredicate(field, op, Quantifier.None, null, new ValueOperand(typed)));
    }

    /// <summary>A condition on a column of an enclosing row is scoped to that row; one on the innermost row needs no scope.</summary>
    private Predicate OnColumn(PolicyColumn column, int innermost, Func<FieldRef, Predicate> condition)
    {
        var predicate = condition(new FieldRef(Column(column)));
        return column.Scope == innermost ? predicate : new ScopedPredicate(column.Scope, predicate);
    }

    /// <summary>A folded value as the column's type, read as PostgreSQL reads text input; null when it cannot be.</summary>
    private static SqlValue? Typed(ColumnSchema column, object value)
    {
        var text = value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            Guid g => g.ToString(),
            DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
            JsonElement json => json.GetRawText(),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
        try
        {
            return TextValueParser.Parse(text, column.Type, new TableName(null, "policy"), column.Name);
        }
        catch (PlanException)
        {
            return null;
        }
    }

    private TableSchema Table(TableName name) =>
        schema.Find(name) ?? throw new InvalidOperationException($"the policy names {name}, which the validated schema lacks");

    private ColumnSchema Column(PolicyColumn column) => Table(column.Table).Column(column.Column);

    private static bool ReadsRows(PolicyNode node) => node switch
    {
        PolicyColumn or PolicyExists => true,
        PolicyAnd and => ReadsRows(and.Left) || ReadsRows(and.Right),
        PolicyOr or => ReadsRows(or.Left) || ReadsRows(or.Right),
        PolicyNot not => ReadsRows(not.Operand),
        PolicyIsNull isNull => ReadsRows(isNull.Value),
        PolicyTruth truth => ReadsRows(truth.Value),
        PolicyComparison comparison => ReadsRows(comparison.Left) || ReadsRows(comparison.Right),
        PolicyIn @in => ReadsRows(@in.Value) || @in.Items.Any(ReadsRows),
        _ => false,
    };

    private static FilterOperator Operator(PolicyComparisonOperator op) => op switch
    {
        PolicyComparisonOperator.Equal => FilterOperator.Eq,
        PolicyComparisonOperator.NotEqual => FilterOperator.Neq,
        PolicyComparisonOperator.Less => FilterOperator.Lt,
        PolicyComparisonOperator.LessOrEqual => FilterOperator.Lte,
        PolicyComparisonOperator.Greater => FilterOperator.Gt,
        PolicyComparisonOperator.GreaterOrEqual => FilterOperator.Gte,
        _ => FilterOperator.Like,
    };

    /// <summary>The operator with its sides swapped: <c>5 &lt; x</c> is <c>x &gt; 5</c>.</summary>
    private static FilterOperator Mirror(FilterOperator op) => op switch
    {
        FilterOperator.Lt => FilterOperator.Gt,
        FilterOperator.Lte => FilterOperator.Gte,
        FilterOperator.Gt => FilterOperator.Lt,
        FilterOperator.Gte => FilterOperator.Lte,
        _ => op,
    };

    private static readonly IReadOnlyDictionary<string, object?> EmptyRow = new Dictionary<string, object?>();
}
