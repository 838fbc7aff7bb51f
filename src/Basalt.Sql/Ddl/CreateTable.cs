using Basalt.Spec.Schema;

namespace Basalt.Sql.Ddl;

public sealed record CreateTable(TableSchema Schema) : SchemaOperation
{
    public override TableName Table => Schema.Name;

    public override bool IsDestructive => false;

    public override SchemaOperation Invert() => new DropTable(Schema);

    public override string? InverseCaveat => $"rolling back drops table {Schema.Name} and every row written to it";

    public override IEnumerable<string> Describe()
    {
        yield return $"create table {Schema.Name} ({Schema.Columns.Count} columns, {Schema.Indexes.Count} indexes, {Schema.ForeignKeys.Count} foreign keys)";
    }
}
