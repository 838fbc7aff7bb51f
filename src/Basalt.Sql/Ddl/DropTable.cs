using Basalt.Spec.Schema;

namespace Basalt.Sql.Ddl;

public sealed record DropTable(TableSchema Schema) : SchemaOperation
{
    public override TableName Table => Schema.Name;

    public override bool IsDestructive => true;

    public override SchemaOperation Invert() => new CreateTable(Schema);

    public override string? InverseCaveat => $"rolling back recreates {Schema.Name} empty; its rows are not restored";

    public override IEnumerable<string> Describe()
    {
        yield return $"DROP table {Schema.Name} and all of its rows";
    }
}
