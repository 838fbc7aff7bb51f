using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// Resolves one level's <c>order</c> terms. A term on a to-one embed (<c>author(name).desc</c>) orders by that embed's
/// column; a to-many embed cannot order its parent (PGRST118). Nulls placement is made explicit with PostgreSQL's
/// defaults so every engine sorts alike.
/// </summary>
internal static class OrderPlanner
{
    public static IReadOnlyList<OrderKey> Plan(TableSchema table, IReadOnlyList<OrderTerm> terms, IReadOnlyList<EmbedOutput> embeds)
    {
        var keys = new OrderKey[terms.Count];
        for (var i = 0; i < terms.Count; i++)
        {
            keys[i] = Key(table, terms[i], embeds);
        }
        return keys;
    }

    private static OrderKey Key(TableSchema table, OrderTerm term, IReadOnlyList<EmbedOutput> embeds)
    {
        var direction = term.Direction ?? SortDirection.Asc;
        var nulls = term.Nulls ?? (direction == SortDirection.Asc ? NullsOrder.Last : NullsOrder.First);
        if (term.Relation is null)
        {
            return new OrderKey(FieldResolver.Resolve(table, term.Field), null, direction, nulls);
        }
        var embed = embeds.FirstOrDefault(e => e.Key == term.Relation) ?? throw new PlanException(SchemaErrors.NotEmbedded(term.Relation));
        if (!embed.IsToOne)
        {
            throw new PlanException(SchemaErrors.RelatedOrderNotToOne(table.Name.Name, term.Relation));
        }
        return new OrderKey(FieldResolver.Resolve(embed.Relationship.Target, term.Field), embed, direction, nulls);
    }
}
