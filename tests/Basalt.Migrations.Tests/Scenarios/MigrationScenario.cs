namespace Basalt.Migrations.Tests.Scenarios;

/// <summary>
/// One kind of schema change: the <c>tables:</c> section before and after, rows seeded before the change, and a
/// query whose answer must be the same after the change (the rows survived it).
/// </summary>
public sealed record MigrationScenario(string Name, string Before, string After, string[] Seed, string Check, string Expected)
{
    public override string ToString() => Name;
}
