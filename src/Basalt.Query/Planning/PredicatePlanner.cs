using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// Types one level's filters: resolves each field, checks the operator applies to its type (as PostgreSQL would), and
/// reads each operand as the field's type. A condition on an embed's name (<c>rel=is.null</c>) becomes
/// <see cref="EmbedPresence"/>.
/// </summary>
internal static class PredicatePlanner
{
    public static Predicate? Plan(TableSchema table, IReadOnlyList<FilterNode> filters, IReadOnlyList<EmbedOutput> embeds) =>
        filters.Count switch
        {
            0 => null,
            1 => Node(table, filters[0], embeds),
            _ => new AndPredicate(filters.Select(f => Node(table, f, embeds)).ToArray()),
        };

    private static Predicate Node(TableSchema table, FilterNode node, IReadOnlyList<EmbedOutput> embeds) => node switch
    {
        AndFilter and => new AndPredicate(and.Items.Select(i => Node(table, i, embeds)).ToArray()),
        OrFilter or => new OrPredicate(or.Items.Select(i => Node(table, i, embeds)).ToArray()),
        NotFilter not => new NotPredicate(Node(table, not.Inner, embeds)),
        Condition condition => Condition(table, condition, embeds),
        _ => throw new InvalidOperationException("unknown filter node " + node.GetType().Name),
    };

    private static Predicate Condition(TableSchema table, Condition condition, IReadOnlyList<EmbedOutput> embeds)
    {
        var predicate = EmbedCondition(condition, embeds) ?? Column(table, condition);
        return condition.Negated ? new NotPredicate(predicate) : predicate;
    }

    private static Predicate? EmbedCondition(Condition condition, IReadOnlyList<EmbedOutput> embeds)
    {
        if (condition.Field.Json.Count > 0 || condition.Operand is not IsOperand { Value: IsValue.Null or IsValue.NotNull } test)
        {
            return null;
        }
        var embed = embeds.FirstOrDefault(e => e.Key == condition.Field.Name);
        return embed is null ? null : new EmbedPresence(embed, test.Value == IsValue.NotNull);
    }

    private static ConditionPredicate Column(TableSchema table, Condition condition)
    {
        var field = FieldResolver.Resolve(table, condition.Field);
        var type = field.ValueType;
        var column = field.Column;
        PlanOperand operand = condition.Operator switch
        {
            FilterOperator.Is => IsTest(condition, field),
            FilterOperator.In => new ValuesOperand(Items(condition.Operand).Select(i => Value(i, type, table, column)).ToArray()),
            FilterOperator.Like or FilterOperator.Ilike => Textual(condition, field, condition.Operator == FilterOperator.Like ? "~~" : "~~*", LikePattern),
            FilterOperator.Match or FilterOperator.Imatch => Textual(condition, field, condition.Operator == FilterOperator.Match ? "~" : "~*", p => p),
            FilterOperator.Cs or FilterOperator.Cd => Containment(condition, table, field, condition.Operator == FilterOperator.Cs ? "@>" : "<@"),
            FilterOperator.Ov => type.IsArray ? new ValueOperand(ArrayValue(condition.Operand, type, table, column)) : throw new PlanException(SchemaErrors.OperatorNotFor("&&", column)),
            FilterOperator.Sl => throw new PlanException(SchemaErrors.OperatorNotFor("<<", column)),
            FilterOperator.Sr => throw new PlanException(SchemaErrors.OperatorNotFor(">>", column)),
            FilterOperator.Nxr => throw new PlanException(SchemaErrors.OperatorNotFor("&<", column)),
            FilterOperator.Nxl => throw new PlanException(SchemaErrors.OperatorNotFor("&>", column)),
            FilterOperator.Adj => throw new PlanException(SchemaErrors.OperatorNotFor("-|-", column)),
            FilterOperator.Fts or FilterOperator.Plfts or FilterOperator.Phfts or FilterOperator.Wfts => TextSearch(condition, field),
            _ => Comparison(condition, type, table, column),
        };
        return new ConditionPredicate(field, condition.Operator, condition.Quantifier, TextSearchConfigs.Validate(condition.Language), operand);
    }

    private static PlanOperand Comparison(Condition condition, ColumnType type, TableSchema table, ColumnSchema column) =>
        condition.Quantifier == Quantifier.None
            ? new ValueOperand(Value(Scalar(condition.Operand), type, table, column))
            : new ValuesOperand(Items(condition.Operand).Select(i => Value(i, type, table, column)).ToArray());

    private static IsCheck IsTest(Condition condition, FieldRef field)
    {
        var value = ((IsOperand)condition.Operand).Value;
        var isBoolean = field.ValueType is { Kind: ColumnKind.Boolean, IsArray: false };
        if ((value is IsValue.True or IsValue.False or IsValue.Unknown) && !isBoolean)
        {
            throw new PlanException(SchemaErrors.IsNotBoolean("IS " + value.ToString().ToUpperInvariant(), field.Column));
        }
        return new IsCheck(value);
    }

    private static PlanOperand Textual(Condition condition, FieldRef field, string op, Func<string, string> pattern)
    {
        if (field.ValueType is not { Kind: ColumnKind.Text, IsArray: false })
        {
            throw new PlanException(SchemaErrors.OperatorNotFor(op, field.Column));
        }
        return condition.Quantifier == Quantifier.None
            ? new ValueOperand(SqlValue.Text(pattern(Scalar(condition.Operand) ?? "")))
            : new ValuesOperand(Items(condition.Operand).Select(i => SqlValue.Text(pattern(i ?? ""))).ToArray());
    }

    private static PlanOperand Containment(Condition condition, TableSchema table, FieldRef field, string op)
    {
        var type = field.ValueType;
        if (type.IsArray)
        {
            return new ValueOperand(ArrayValue(condition.Operand, type, table, field.Column));
        }
        if (type.Kind is ColumnKind.Json or ColumnKind.Jsonb)
        {
            var text = condition.Operand is ListOperand list ? list.Raw : Scalar(condition.Operand) ?? "null";
            return new ValueOperand(new SqlValue(new ColumnType(ColumnKind.Jsonb), TextValueParser.Json(text)));
        }
        throw new PlanException(SchemaErrors.OperatorNotFor(op, field.Column));
    }

    private static PlanOperand TextSearch(Condition condition, FieldRef field)
    {
        if (field.ValueType is not { Kind: ColumnKind.Text, IsArray: false })
        {
            throw new PlanException(SchemaErrors.OperatorNotFor("@@", field.Column));
        }
        return new ValueOperand(SqlValue.Text(Scalar(condition.Operand) ?? ""));
    }

    private static SqlValue ArrayValue(FilterOperand operand, ColumnType type, TableSchema table, ColumnSchema column)
    {
        if (operand is not ListOperand list)
        {
            return TextValueParser.Parse(Scalar(operand), type, table.Name, column.Name);
        }
        var element = type with { IsArray = false };
        return new SqlValue(type, list.Items.Select(i => i is null ? null : TextValueParser.Scalar(i, element, table.Name, column.Name)).ToList());
    }

    private static SqlValue Value(string? text, ColumnType type, TableSchema table, ColumnSchema column) =>
        TextValueParser.Parse(text, type, table.Name, column.Name);

    private static string? Scalar(FilterOperand operand) => operand switch
    {
        ScalarOperand scalar => scalar.Value,
        ListOperand list => list.Raw,
        _ => null,
    };

    private static IReadOnlyList<string?> Items(FilterOperand operand) => operand switch
    {
        ListOperand list => list.Items,
        ScalarOperand scalar => [scalar.Value],
        _ => [],
    };

    /// <summary>PostgREST lets <c>*</c> stand for <c>%</c> in like patterns, because <c>%</c> is awkward in URLs.</summary>
    private static string LikePattern(string pattern) => pattern.Replace('*', '%');
}
