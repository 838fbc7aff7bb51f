namespace Basalt.Migrations;

/// <summary>A row of <c>_basalt_migrations</c>: what was applied, when, and how to undo it.</summary>
public sealed record AppliedMigration(int Number, string Name, string Checksum, DateTimeOffset AppliedAt, string Snapshot, string DownSql)
{
    public string Id => $"{Number:D4}_{Name}";
}
