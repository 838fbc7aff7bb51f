namespace Basalt.Migrations;

/// <summary>
/// Reported before each statement of a migration runs (<see cref="Statement"/> 1-based) and once when the migration
/// committed (<see cref="Committed"/>), so a terminal can show which step a long rebuild is on and for how long.
/// </summary>
public sealed record MigrationProgress(string Migration, string Direction, int Statement, int Statements, string Summary, bool Committed = false);
