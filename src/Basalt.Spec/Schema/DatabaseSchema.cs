namespace Basalt.Spec.Schema;

/// <summary>
/// Every table the database must hold: the spec's and Basalt's own. This is the value a migration records as
/// its snapshot and the differ compares; settings that do not shape the database are not part of it.
/// </summary>
public sealed record DatabaseSchema(IReadOnlyList<TableSchema> Tables)
{
    public static DatabaseSchema Empty { get; } = new([]);

    public TableSchema? Find(TableName name) => Tables.FirstOrDefault(t => t.Name == name);

    public TableSchema? Find(string name) => Find(TableName.Parse(name));

    public IEnumerable<TableSchema> UserTables => Tables.Where(t => !t.IsSystem);
}
