namespace Basalt.Migrations;

/// <summary>Every migration known from the folder and the history table, in order, with what is wrong with any of them.</summary>
public sealed record MigrationStatus(IReadOnlyList<MigrationState> Migrations)
{
    public IEnumerable<MigrationState> Pending => Migrations.Where(m => m.Kind == MigrationStateKind.Pending);

    public IEnumerable<MigrationState> Problems => Migrations.Where(m => m.Kind is MigrationStateKind.Edited or MigrationStateKind.MissingFile);

    public bool IsUpToDate => !Pending.Any() && !Problems.Any();
}

public enum MigrationStateKind
{
    Applied,
    Pending,
    /// <summary>Applied, but the file's checksum no longer matches what was applied.</summary>
    Edited,
    /// <summary>Recorded as applied, but its file is gone from the folder.</summary>
    MissingFile,
}

public sealed record MigrationState(int Number, string Name, MigrationStateKind Kind, DateTimeOffset? AppliedAt);
