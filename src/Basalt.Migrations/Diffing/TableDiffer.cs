using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;

namespace Basalt.Migrations.Diffing;

/// <summary>
/// The changes between two versions of one table. Columns match by name, or through <c>renamed_from</c> when the
/// old name is present and the new one is not. Named things (indexes, uniques, foreign keys) match by name; a
/// changed definition under the same name is a drop and an add.
/// </summary>
internal static class TableDiffer
{
    public static IReadOnlyList<TableChange> Diff(TableSchema before, TableSchema after)
    {
        var drops = new List<TableChange>();
        var renames = new List<TableChange>();
        var droppedColumns = new List<TableChange>();
        var addedColumns = new List<TableChange>();
        var altered = new List<TableChange>();
        var adds = new List<TableChange>();

        var matched = new HashSet<string>();
        foreach (var column in after.Columns)
        {
            var old = before.FindColumn(column.Name);
            if (old is null && column.RenamedFrom is { } previous && before.FindColumn(previous) is { } renamed
                && after.FindColumn(previous) is null)
            {
                renames.Add(new RenameColumn(previous, column.Name));
                old = renamed with { Name = column.Name };
                matched.Add(previous);
            }
            else if (old is not null)
            {
                matched.Add(column.Name);
            }

            if (old is null)
            {
                addedColumns.Add(new AddColumn(column));
            }
            else if (ColumnChanged(old, column))
            {
                altered.Add(new AlterColumn(old, column));
            }
        }
        droppedColumns.AddRange(before.Columns.Where(c => !matched.Contains(c.Name)).Select(c => new DropColumn(c)));

        Named(before.ForeignKeys, after.ForeignKeys, k => k.Name, k => new DropForeignKey(k), k => new AddForeignKey(k), drops, adds);
        Named(before.Indexes, after.Indexes, i => i.Name, i => new DropIndex(i), i => new AddIndex(i), drops, adds);
        Named(before.Uniques, after.Uniques, u => u.Name, u => new DropUnique(u), u => new AddUnique(u), drops, adds);

        var primaryKey = RenamedKey(before.PrimaryKey, renames).SequenceEqual(after.PrimaryKey)
            ? []
            : new TableChange[] { new AlterPrimaryKey(before.PrimaryKey, after.PrimaryKey) };

        // Drops first so nothing still depends on a column when it is renamed or dropped; adds last so every
        // column they name exists. Inverting the list reverses it, which keeps that true for the down script.
        return [.. drops, .. renames, .. droppedColumns, .. addedColumns, .. altered, .. primaryKey, .. adds];
    }

    private static IEnumerable<string> RenamedKey(IReadOnlyList<string> key, List<TableChange> renames)
    {
        var map = renames.OfType<RenameColumn>().ToDictionary(r => r.From, r => r.To);
        return key.Select(c => map.GetValueOrDefault(c, c));
    }

    /// <summary>Only what shapes the database counts; a description or <c>renamed_from</c> alone changes nothing.</summary>
    private static bool ColumnChanged(ColumnSchema a, ColumnSchema b) =>
        !a.Type.Equals(b.Type) || a.Nullable != b.Nullable || a.Identity != b.Identity || !Equals(a.Default, b.Default)
        || a.MinLength != b.MinLength || a.MaxLength != b.MaxLength || a.Pattern != b.Pattern
        || a.Min != b.Min || a.Max != b.Max || a.Check != b.Check;

    private static void Named<T>(
        IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> name,
        Func<T, TableChange> drop, Func<T, TableChange> add, List<TableChange> drops, List<TableChange> adds)
        where T : notnull
    {
        var old = before.ToDictionary(name);
        var current = after.ToDictionary(name);
        foreach (var item in before)
        {
            if (!current.TryGetValue(name(item), out var now) || !now.Equals(item))
            {
                drops.Add(drop(item));
            }
        }
        foreach (var item in after)
        {
            if (!old.TryGetValue(name(item), out var was) || !was.Equals(item))
            {
                adds.Add(add(item));
            }
        }
    }
}
