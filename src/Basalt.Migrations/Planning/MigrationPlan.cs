using Basalt.Migrations.Files;
using Basalt.Sql.Ddl;

namespace Basalt.Migrations.Planning;

/// <summary>What <c>migrate plan</c> found and did: the steps in words, their caveats, and the files written (if any).</summary>
public sealed record MigrationPlan(IReadOnlyList<SchemaOperation> Operations, MigrationFile? Written)
{
    public bool IsEmpty => Operations.Count == 0;

    public IReadOnlyList<string> Steps => Operations.SelectMany(o => o.Describe()).ToArray();

    public IReadOnlyList<string> DestructiveSteps =>
        Operations.Where(o => o.IsDestructive).SelectMany(o => o.Describe()).ToArray();

    /// <summary>What rolling the migration back would not restore.</summary>
    public IReadOnlyList<string> RollbackCaveats => Operations.Select(o => o.InverseCaveat).OfType<string>().ToArray();
}
