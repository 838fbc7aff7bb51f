using Basalt.Query.Planning;

namespace Basalt.Sql.Rendering;

/// <summary>Embeds: every relationship becomes a correlated subquery on its target, never a query of its own.</summary>
public sealed partial class SelectRenderer
{
    /// <summary>The embed's value in the parent's object: an object or null (to-one), an array, <c>[]</c> when empty (to-many).</summary>
    private string EmbedValue(EmbedOutput embed, string parent)
    {
        var (from, alias, conditions) = ChildSource(embed.Relationship, parent);
        var child = embed.Child;
        if (embed.IsToOne && !child.IsAggregate)
        {
            return $"(SELECT {RowObject(child, alias)} FROM {from}{Where(child, alias, conditions)})";
        }
        if (!embed.IsToOne && IsSingleRow(child))
        {
            // comments(count): one aggregate row, so an array of it without an aggregate over a subquery.
            return $"(SELECT {Flavor.JsonArrayOfOne(RowObject(child, alias))} FROM {from}{Where(child, alias, conditions)})";
        }
        return $"({Array(child, from, alias, conditions)})";
    }

    /// <summary>
    /// A spread embed (<c>...rel(cols)</c>, to-one) puts its keys in the parent's object: each value is read through the
    /// relationship on its own, so a missing or filtered-out related row gives nulls.
    /// </summary>
    private IEnumerable<KeyValuePair<string, string>> SpreadPairs(EmbedOutput embed, string parent)
    {
        var (from, alias, conditions) = ChildSource(embed.Relationship, parent);
        var where = Where(embed.Child, alias, conditions);
        return Pairs(embed.Child, alias).Select(p => new KeyValuePair<string, string>(p.Key, $"(SELECT {p.Value} FROM {from}{where})"));
    }

    /// <summary>
    /// <c>EXISTS</c> a related row that passes the embed's own filters and inner embeds: what <c>!inner</c> keeps and
    /// what <c>rel=is.null</c>/<c>rel=not.is.null</c> test. The embed's page does not apply.
    /// </summary>
    private string Exists(EmbedOutput embed, string parent)
    {
        var (from, alias, conditions) = ChildSource(embed.Relationship, parent);
        return $"EXISTS (SELECT 1 FROM {from}{Where(embed.Child, alias, conditions)})";
    }

    /// <summary><c>order=rel(col)</c>: the column of the to-one related row (after its filters), null when there is none.</summary>
    private string ViaValue(OrderKey key, string parent)
    {
        var embed = key.Via!;
        var (from, alias, conditions) = ChildSource(embed.Relationship, parent);
        return $"(SELECT {Field(key.Field, alias)} FROM {from}{Where(embed.Child, alias, conditions)})";
    }

    /// <summary>
    /// The target table under a new alias, and the conditions that tie its rows to the parent row: the foreign key's
    /// column pairs, or for many-to-many an inner join through the junction table.
    /// </summary>
    private (string From, string Alias, IReadOnlyList<string> Conditions) ChildSource(Relationship relationship, string parent)
    {
        var alias = writer.NextAlias();
        var from = From(relationship.Target, alias);
        if (relationship.Junction is { } junction)
        {
            var through = writer.NextAlias();
            var on = junction.TargetColumns.Select(p => $"{Flavor.Column(through, p.Near)} = {Flavor.Column(alias, p.Far)}");
            from += $" JOIN {From(junction.Table, through)} ON {string.Join(" AND ", on)}";
            return (from, alias, junction.SourceColumns.Select(p => $"{Flavor.Column(through, p.Far)} = {Flavor.Column(parent, p.Near)}").ToArray());
        }
        return (from, alias, relationship.Columns.Select(p => $"{Flavor.Column(alias, p.Far)} = {Flavor.Column(parent, p.Near)}").ToArray());
    }
}
