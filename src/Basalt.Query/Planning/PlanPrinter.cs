using System.Text;
using Basalt.Query.Request;

namespace Basalt.Query.Planning;

/// <summary>
/// A compact one-line rendering of a plan for tests and debug logs, e.g.
/// <c>read posts{id,author:profiles(m2o posts_author_id_fkey){username}} where status = 'published'::enum order id asc nulls last limit 20</c>.
/// </summary>
public static class PlanPrinter
{
    public static string Print(QueryPlan plan)
    {
        var text = new StringBuilder();
        switch (plan)
        {
            case ReadPlan read:
                text.Append("read ");
                Node(text, read.Root);
                if (read.Count is { } count)
                {
                    text.Append(" count ").Append(count.ToString().ToLowerInvariant());
                }
                break;
            case InsertPlan insert:
                text.Append("insert ").Append(insert.Table.Name).Append('(').AppendJoin(',', insert.Columns.Select(c => c.Name)).Append(')');
                text.Append(" values ").AppendJoin(" ", insert.Rows.Select(r => "(" + string.Join(", ", r.Select(v => v is null ? "default" : Value(v))) + ")"));
                if (insert.Conflict is { } conflict)
                {
                    text.Append(" on conflict (").AppendJoin(',', conflict.Target.Select(c => c.Name)).Append(conflict.Merge ? ") merge" : ") ignore");
                    if (conflict.Where is { } guard)
                    {
                        text.Append(" where ").Append(Print(guard));
                    }
                }
                break;
            case UpdatePlan update:
                text.Append("update ").Append(update.Table.Name).Append(" set ").AppendJoin(", ", update.Set.Select(s => s.Column.Name + " = " + Value(s.Value)));
                Target(text, update.Target);
                break;
            case DeletePlan delete:
                text.Append("delete ").Append(delete.Table.Name);
                Target(text, delete.Target);
                break;
        }
        if (plan is MutationPlan mutation)
        {
            text.Append(" return ").Append(mutation.Returning.Return.ToString().ToLowerInvariant());
            if (mutation.Returning.Shape is { } shape)
            {
                text.Append(' ');
                Node(text, shape);
            }
            if (mutation.Returning.PrimaryKey)
            {
                text.Append(" keys");
            }
            if (mutation.MaxAffected is { } max)
            {
                text.Append(" max-affected ").Append(max);
            }
            if (mutation.Rollback)
            {
                text.Append(" rollback");
            }
            if (mutation.Check is { } check)
            {
                text.Append(" check ").Append(Print(check));
            }
        }
        return text.ToString();
    }

    public static string Print(Predicate predicate) => predicate switch
    {
        AndPredicate and => "(" + string.Join(" and ", and.Items.Select(Print)) + ")",
        OrPredicate or => "(" + string.Join(" or ", or.Items.Select(Print)) + ")",
        NotPredicate not => "not " + Print(not.Item),
        EmbedPresence presence => presence.Embed.Key + (presence.Present ? " present" : " absent"),
        ConditionPredicate c => c.Field + " " + c.Operator.ToString().ToLowerInvariant()
            + (c.Quantifier == Quantifier.None ? "" : "(" + c.Quantifier.ToString().ToLowerInvariant() + ")")
            + (c.Language is null ? "" : "(" + c.Language + ")") + " " + Operand(c.Operand),
        ConstantPredicate constant => constant.Value switch { true => "true", false => "false", null => "unknown" },
        ScopedPredicate scoped => "@" + scoped.Scope + " " + Print(scoped.Item),
        ColumnComparison c => $"@{c.LeftScope}.{c.Left.Name} {c.Operator.ToString().ToLowerInvariant()} @{c.RightScope}.{c.Right.Name}",
        ExistsPredicate exists => $"exists @{exists.Scope} {exists.Table.Name} where {Print(exists.Where)}",
        _ => predicate.ToString(),
    };

    private static string Operand(PlanOperand operand) => operand switch
    {
        ValueOperand value => Value(value.Value),
        ValuesOperand values => "(" + string.Join(", ", values.Values.Select(Value)) + ")",
        IsCheck check => check.Value.ToString().ToLowerInvariant(),
        _ => operand.ToString(),
    };

    private static string Value(SqlValue value) =>
        value.Value is IEnumerable<object?> items
            ? "{" + string.Join(",", items.Select(i => i?.ToString() ?? "null")) + "}::" + value.Type.SpecName
            : value.ToString();

    private static void Node(StringBuilder text, SelectNode node, bool withName = true)
    {
        text.Append(withName ? node.Table.Name.ToString() : "").Append('{').AppendJoin(',', node.Items.Select(Item)).Append('}');
        if (node.Where is { } where)
        {
            text.Append(" where ").Append(Print(where));
        }
        if (node.Order.Count > 0)
        {
            text.Append(" order ").AppendJoin(", ", node.Order.Select(Order));
        }
        if (node.Limit is { } limit)
        {
            text.Append(" limit ").Append(limit);
        }
        if (node.Offset > 0)
        {
            text.Append(" offset ").Append(node.Offset);
        }
    }

    private static string Item(OutputItem item) => item switch
    {
        ColumnOutput column => (column.Key == column.Field.ToString() ? "" : column.Key + ":") + column.Field + (column.Cast is null ? "" : "::" + column.Cast),
        AggregateOutput aggregate => (aggregate.Key == aggregate.Function.ToString().ToLowerInvariant() ? "" : aggregate.Key + ":")
            + (aggregate.Field is null ? "" : aggregate.Field + ".") + aggregate.Function.ToString().ToLowerInvariant() + "()",
        EmbedOutput embed => Embed(embed),
        _ => item.Key,
    };

    private static string Embed(EmbedOutput embed)
    {
        var text = new StringBuilder();
        text.Append(embed.Spread ? "..." : embed.Key + ":").Append(embed.Relationship.Target.Name.Name)
            .Append('(').Append(Kind(embed.Relationship)).Append(' ').Append(embed.Relationship.HintName).Append(embed.Inner ? " inner" : "").Append(')');
        Node(text, embed.Child, withName: false);
        return text.ToString();
    }

    private static string Kind(Relationship relationship) => relationship.Kind switch
    {
        RelationshipKind.ManyToOne => "m2o",
        RelationshipKind.OneToMany => "o2m",
        RelationshipKind.OneToOne => "o2o",
        _ => "m2m",
    };

    private static string Order(OrderKey key) =>
        (key.Via is null ? "" : key.Via.Key + ".") + key.Field + " " + key.Direction.ToString().ToLowerInvariant() + " nulls " + key.Nulls.ToString().ToLowerInvariant();

    private static void Target(StringBuilder text, RowTarget target)
    {
        var (where, order, limit, offset) = target;
        if (where is not null)
        {
            text.Append(" where ").Append(Print(where));
        }
        if (order.Count > 0)
        {
            text.Append(" order ").AppendJoin(", ", order.Select(Order));
        }
        if (limit is { } value)
        {
            text.Append(" limit ").Append(value);
        }
        if (offset > 0)
        {
            text.Append(" offset ").Append(offset);
        }
    }
}
