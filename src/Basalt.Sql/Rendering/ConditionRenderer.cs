using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Sql.Rendering;

/// <summary>
/// Renders one <see cref="ConditionPredicate"/> over an already rendered field. The operators whose SQL is the same on
/// every engine (comparisons, <c>in</c>, <c>is</c>, the any/all quantifiers) are written here; each engine supplies
/// pattern matching, containment and full-text search, which it must emulate or spell differently.
/// </summary>
public abstract class ConditionRenderer
{
    public string Render(QueryWriter writer, ConditionPredicate condition, string field)
    {
        var type = condition.Field.ValueType;
        return condition.Operator switch
        {
            FilterOperator.Eq or FilterOperator.Neq or FilterOperator.Gt or FilterOperator.Gte or FilterOperator.Lt or FilterOperator.Lte =>
                Quantified(condition, value => Compare(writer, condition.Operator, field, value, type)),
            FilterOperator.Like or FilterOperator.Ilike or FilterOperator.Match or FilterOperator.Imatch =>
                Quantified(condition, value => Pattern(writer, condition.Operator, field, value, type)),
            FilterOperator.In => In(writer, field, Values(condition)),
            FilterOperator.Is => Is(field, ((IsCheck)condition.Operand).Value),
            FilterOperator.IsDistinct => IsDistinct(field, writer.Parameter(Single(condition))),
            FilterOperator.Cs or FilterOperator.Cd or FilterOperator.Ov =>
                Containment(writer, condition.Operator, field, Single(condition), type),
            FilterOperator.Fts or FilterOperator.Plfts or FilterOperator.Phfts or FilterOperator.Wfts =>
                FullText(writer, condition.Operator, condition.Language, field, Single(condition), type),
            _ => throw new NotSupportedException($"operator {condition.Operator} has no SQL form (the planner refuses it)"),
        };
    }

    /// <summary><c>field op value</c> for eq, neq, gt, gte, lt, lte.</summary>
    protected virtual string Compare(QueryWriter writer, FilterOperator op, string field, SqlValue value, ColumnType type)
    {
        var flavor = writer.Flavor;
        var symbol = op switch
        {
            FilterOperator.Eq => "=",
            FilterOperator.Neq => "<>",
            FilterOperator.Gt => ">",
            FilterOperator.Gte => ">=",
            FilterOperator.Lt => "<",
            _ => "<=",
        };
        var ordered = op is not (FilterOperator.Eq or FilterOperator.Neq);
        var left = ordered ? flavor.Sortable(field, type) : field;
        var right = ordered ? flavor.Sortable(writer.Parameter(value), type) : writer.Parameter(value);
        return $"{left} {symbol} {right}";
    }

    /// <summary>like, ilike (the value is in LIKE form: <c>%</c>, <c>_</c>, backslash escapes), match, imatch (a POSIX regex).</summary>
    protected abstract string Pattern(QueryWriter writer, FilterOperator op, string field, SqlValue value, ColumnType type);

    protected abstract string IsDistinct(string field, string value);

    protected abstract string IsUnknown(string field);

    /// <summary>cs, cd, ov on an array (the value is an array of the same type) or cs, cd on json/jsonb.</summary>
    protected abstract string Containment(QueryWriter writer, FilterOperator op, string field, SqlValue value, ColumnType type);

    /// <summary>fts, plfts, phfts, wfts: the value is the query text; <paramref name="language"/> null means English.</summary>
    protected abstract string FullText(QueryWriter writer, FilterOperator op, string? language, string field, SqlValue value, ColumnType type);

    private string In(QueryWriter writer, string field, IReadOnlyList<SqlValue> values) =>
        values.Count == 0 ? "FALSE" : $"{field} IN ({string.Join(", ", values.Select(writer.Parameter))})";

    private string Is(string field, IsValue value) => value switch
    {
        IsValue.Null => $"{field} IS NULL",
        IsValue.NotNull => $"{field} IS NOT NULL",
        IsValue.True => $"{field} IS TRUE",
        IsValue.False => $"{field} IS FALSE",
        _ => IsUnknown(field),
    };

    /// <summary>One comparison, or with <c>(any)</c>/<c>(all)</c> one per value joined by OR/AND (none: false/true, as <c>= ANY('{}')</c>).</summary>
    private static string Quantified(ConditionPredicate condition, Func<SqlValue, string> each)
    {
        if (condition.Quantifier == Quantifier.None)
        {
            return each(Single(condition));
        }
        var values = Values(condition);
        var any = condition.Quantifier == Quantifier.Any;
        if (values.Count == 0)
        {
            return any ? "FALSE" : "TRUE";
        }
        return "(" + string.Join(any ? " OR " : " AND ", values.Select(each)) + ")";
    }

    private static SqlValue Single(ConditionPredicate condition) => condition.Operand switch
    {
        ValueOperand v => v.Value,
        ValuesOperand { Values.Count: 1 } list => list.Values[0],
        _ => throw new ArgumentException($"{condition.Operator} expects one value, not {condition.Operand}"),
    };

    private static IReadOnlyList<SqlValue> Values(ConditionPredicate condition) => condition.Operand switch
    {
        ValuesOperand list => list.Values,
        ValueOperand v => [v.Value],
        _ => throw new ArgumentException($"{condition.Operator} expects a list of values, not {condition.Operand}"),
    };
}
