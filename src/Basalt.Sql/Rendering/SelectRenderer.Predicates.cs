using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Sql.Rendering;

/// <summary>Filters: the boolean structure is the same on every engine; each condition is the flavor's.</summary>
public sealed partial class SelectRenderer
{
    /// <summary>A predicate over the rows of the level whose table is <paramref name="alias"/>.</summary>
    public string Predicate(Predicate predicate, string alias) => Predicate(predicate, [alias]);

    /// <summary>
    /// A predicate inside a policy's <c>exists</c> nesting: <paramref name="scopes"/> are the aliases of the level (first)
    /// and of each enclosing <c>exists</c>; a plain condition is about the innermost one.
    /// </summary>
    private string Predicate(Predicate predicate, IReadOnlyList<string> scopes) => predicate switch
    {
        ConditionPredicate condition => Flavor.Conditions.Render(writer, condition, Field(condition.Field, scopes[^1])),
        EmbedPresence presence => presence.Present ? Exists(presence.Embed, scopes[^1]) : "NOT " + Exists(presence.Embed, scopes[^1]),
        AndPredicate and => and.Items.Count == 0 ? "TRUE" : "(" + string.Join(" AND ", and.Items.Select(p => Predicate(p, scopes))) + ")",
        OrPredicate or => or.Items.Count == 0 ? "FALSE" : "(" + string.Join(" OR ", or.Items.Select(p => Predicate(p, scopes))) + ")",
        NotPredicate not => "NOT (" + Predicate(not.Item, scopes) + ")",
        ConstantPredicate constant => constant.Value switch { true => "TRUE", false => "FALSE", null => "NULL" },
        ScopedPredicate scoped => Predicate(scoped.Item, [.. scopes.Take(scoped.Scope + 1)]),
        ColumnComparison comparison => Compare(comparison, scopes),
        ExistsPredicate exists => ExistsRow(exists, scopes),
        _ => throw new NotSupportedException($"predicate {predicate.GetType().Name} cannot be rendered"),
    };

    private string ExistsRow(ExistsPredicate exists, IReadOnlyList<string> scopes)
    {
        var alias = writer.NextAlias();
        return $"EXISTS (SELECT 1 FROM {From(exists.Table, alias)} WHERE {Predicate(exists.Where, [.. scopes, alias])})";
    }

    private string Compare(ColumnComparison comparison, IReadOnlyList<string> scopes)
    {
        var left = Field(new FieldRef(comparison.Left), scopes[comparison.LeftScope]);
        var right = Field(new FieldRef(comparison.Right), scopes[comparison.RightScope]);
        var symbol = comparison.Operator switch
        {
            FilterOperator.Eq => "=",
            FilterOperator.Neq => "<>",
            FilterOperator.Gt => ">",
            FilterOperator.Gte => ">=",
            FilterOperator.Lt => "<",
            FilterOperator.Lte => "<=",
            _ => throw new NotSupportedException($"columns compare with = <> < <= > >=, not {comparison.Operator}"),
        };
        var (leftType, rightType) = (comparison.Left.Type, comparison.Right.Type);
        if (comparison.Operator is FilterOperator.Eq or FilterOperator.Neq)
        {
            // Each PostgreSQL enum column has a type of its own, which compares with neither text nor another enum
            // type: two columns meet as text when one is an enum (labels are equal exactly when their text is).
            return IsEnum(leftType) || IsEnum(rightType)
                ? $"{AsText(left, leftType)} {symbol} {AsText(right, rightType)}"
                : $"{left} {symbol} {right}";
        }
        // Two enum columns (the policy validator lets only enums of the same labels, and no text, be ordered
        // against an enum) compare by their declaration order, whatever their types.
        return IsEnum(leftType) && IsEnum(rightType)
            ? $"{Flavor.EnumOrdinal(left, leftType)} {symbol} {Flavor.EnumOrdinal(right, rightType)}"
            : $"{Flavor.Sortable(left, leftType)} {symbol} {Flavor.Sortable(right, rightType)}";
    }

    private static bool IsEnum(ColumnType type) => type is { Kind: ColumnKind.Enum, IsArray: false };

    private string AsText(string expression, ColumnType type) =>
        IsEnum(type) ? Flavor.Cast(expression, type, new ColumnType(ColumnKind.Text)) : expression;
}
