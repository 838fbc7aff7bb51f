using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// Every relationship a table can embed through, derived from the foreign keys of the compiled schema the way
/// PostgREST derives its schema cache. System tables are never part of one: REST does not serve them.
/// </summary>
internal static class RelationshipCatalog
{
    /// <summary>
    /// The relationships from <paramref name="source"/>, in a stable order: its own foreign keys (declaration order),
    /// then foreign keys other tables hold to it (table order), then many-to-many through junctions (table order).
    /// </summary>
    public static IReadOnlyList<Relationship> From(DatabaseSchema schema, TableSchema source)
    {
        if (source.IsSystem)
        {
            return [];
        }
        var relationships = new List<Relationship>();
        foreach (var key in source.ForeignKeys)
        {
            if (Served(schema, key.RefTable) is { } target)
            {
                var kind = IsUnique(source, key.Columns) ? RelationshipKind.OneToOne : RelationshipKind.ManyToOne;
                relationships.Add(new Relationship(source, target, kind, key, Pairs(key.Columns, key.RefColumns)) { KeyOnSource = true });
            }
        }
        foreach (var holder in schema.UserTables)
        {
            foreach (var key in holder.ForeignKeys.Where(k => k.RefTable == source.Name))
            {
                var kind = IsUnique(holder, key.Columns) ? RelationshipKind.OneToOne : RelationshipKind.OneToMany;
                relationships.Add(new Relationship(source, holder, kind, key, Pairs(key.RefColumns, key.Columns)));
            }
        }
        foreach (var junction in schema.UserTables)
        {
            AddManyToMany(schema, source, junction, relationships);
        }
        return relationships;
    }

    /// <summary>
    /// PostgREST's rule for a junction: it holds a foreign key to each table and both keys' columns are part of its
    /// primary key (a composite key with extra columns still counts). A key to the source paired with every other
    /// qualifying key gives one many-to-many relationship each.
    /// </summary>
    private static void AddManyToMany(DatabaseSchema schema, TableSchema source, TableSchema junction, List<Relationship> relationships)
    {
        var keys = junction.ForeignKeys.Where(k => k.Columns.All(junction.IsPrimaryKey)).ToArray();
        foreach (var toSource in keys.Where(k => k.RefTable == source.Name))
        {
            foreach (var toTarget in keys.Where(k => k.Name != toSource.Name))
            {
                if (Served(schema, toTarget.RefTable) is not { } target)
                {
                    continue;
                }
                var through = new Junction(junction, toSource, toTarget,
                    Pairs(toSource.RefColumns, toSource.Columns), Pairs(toTarget.Columns, toTarget.RefColumns));
                relationships.Add(new Relationship(source, target, RelationshipKind.ManyToMany, null, [], through));
            }
        }
    }

    private static TableSchema? Served(DatabaseSchema schema, TableName name) =>
        schema.Find(name) is { IsSystem: false } table ? table : null;

    /// <summary>A key whose columns are exactly the table's primary key or one of its unique constraints makes a one-to-one.</summary>
    private static bool IsUnique(TableSchema table, IReadOnlyList<string> columns) =>
        SameSet(table.PrimaryKey, columns) || table.Uniques.Any(u => SameSet(u.Columns, columns));

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count > 0 && a.Count == b.Count && a.All(b.Contains);

    private static ColumnPair[] Pairs(IReadOnlyList<string> near, IReadOnlyList<string> far) =>
        near.Zip(far, (n, f) => new ColumnPair(n, f)).ToArray();
}
