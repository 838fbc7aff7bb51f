using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;

namespace Basalt.Migrations.Diffing;

/// <summary>
/// Diffs two compiled schemas into the operations that turn the first into the second. Pure and deterministic:
/// the same pair always gives the same list, and diffing a schema with itself gives none.
/// </summary>
/// <remarks>
/// Order: new tables first (parents before children), then changes to kept tables (which may add references to
/// the new tables or drop references to the dropped ones), then dropped tables (children before parents).
/// The down script is this list reversed and inverted, so that order unwinds correctly too.
/// </remarks>
public static class SchemaDiffer
{
    public static IReadOnlyList<SchemaOperation> Diff(DatabaseSchema from, DatabaseSchema to)
    {
        var operations = new List<SchemaOperation>();
        var created = to.Tables.Where(t => from.Find(t.Name) is null).ToArray();
        operations.AddRange(TableOrder.ParentsFirst(created).Select(t => new CreateTable(t)));
        foreach (var table in to.Tables)
        {
            if (from.Find(table.Name) is { } before && TableDiffer.Diff(before, table) is { Count: > 0 } changes)
            {
                operations.Add(new AlterTable(before, table, changes));
            }
        }
        var dropped = from.Tables.Where(t => to.Find(t.Name) is null).ToArray();
        operations.AddRange(TableOrder.ParentsFirst(dropped).Reverse().Select(t => new DropTable(t)));
        return operations;
    }

    /// <summary>The operations that undo <paramref name="operations"/>: reversed, each inverted.</summary>
    public static IReadOnlyList<SchemaOperation> Invert(IReadOnlyList<SchemaOperation> operations) =>
        operations.Reverse().Select(o => o.Invert()).ToArray();
}
