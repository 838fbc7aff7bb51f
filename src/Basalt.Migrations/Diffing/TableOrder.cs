using Basalt.Spec.Schema;

namespace Basalt.Migrations.Diffing;

/// <summary>Orders tables so that a referenced table comes before the tables referencing it (declaration order otherwise).</summary>
internal static class TableOrder
{
    public static IReadOnlyList<TableSchema> ParentsFirst(IReadOnlyList<TableSchema> tables)
    {
        var names = tables.Select(t => t.Name).ToHashSet();
        var done = new HashSet<TableName>();
        var visiting = new HashSet<TableName>();
        var ordered = new List<TableSchema>();
        var byName = tables.ToDictionary(t => t.Name);

        void Visit(TableSchema table)
        {
            if (done.Contains(table.Name) || !visiting.Add(table.Name))
            {
                // Already placed, or a reference cycle: the cycle is broken at this edge. PostgreSQL adds
                // foreign keys after every table of a migration exists and SQLite checks them lazily, so
                // either order is valid SQL.
                return;
            }
            foreach (var key in table.ForeignKeys)
            {
                if (key.RefTable != table.Name && names.Contains(key.RefTable))
                {
                    Visit(byName[key.RefTable]);
                }
            }
            visiting.Remove(table.Name);
            if (done.Add(table.Name))
            {
                ordered.Add(table);
            }
        }

        foreach (var table in tables)
        {
            Visit(table);
        }
        return ordered;
    }
}
