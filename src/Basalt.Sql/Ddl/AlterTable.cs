using Basalt.Spec.Schema;

namespace Basalt.Sql.Ddl;

/// <summary>
/// Every change to one existing table, with the whole table before and after. PostgreSQL renders the
/// <see cref="Changes"/> one by one; SQLite, whose ALTER TABLE can do little, rebuilds the table from
/// <see cref="Before"/> into <see cref="After"/> once, copying rows (renames included).
/// </summary>
public sealed record AlterTable(TableSchema Before, TableSchema After, IReadOnlyList<TableChange> Changes) : SchemaOperation
{
    public override TableName Table => After.Name;

    public override bool IsDestructive => Changes.Any(c => c.IsDestructive);

    public override SchemaOperation Invert() =>
        new AlterTable(After, Before, Changes.Reverse().Select(c => c.Invert()).ToArray());

    public override string? InverseCaveat
    {
        get
        {
            var caveats = Changes.Select(c => c.InverseCaveat).OfType<string>().ToArray();
            return caveats.Length == 0 ? null : string.Join("; ", caveats);
        }
    }

    /// <summary>Old column name → new column name for every column kept across the change (renames included).</summary>
    public IReadOnlyDictionary<string, string> KeptColumns()
    {
        var renames = Changes.OfType<RenameColumn>().ToDictionary(r => r.From, r => r.To);
        var kept = new Dictionary<string, string>();
        foreach (var column in Before.Columns)
        {
            var newName = renames.TryGetValue(column.Name, out var to) ? to : column.Name;
            if (After.FindColumn(newName) is not null)
            {
                kept[column.Name] = newName;
            }
        }
        return kept;
    }

    public override IEnumerable<string> Describe() =>
        Changes.Select(c => $"alter table {After.Name}: {c.Describe()}");
}
