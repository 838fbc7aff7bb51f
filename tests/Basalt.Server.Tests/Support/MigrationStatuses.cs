using Basalt.Migrations;

namespace Basalt.Server.Tests.Support;

/// <summary>Migration states the readiness probe can be told about, standing in for the migration runner.</summary>
internal static class MigrationStatuses
{
    public static MigrationStatus UpToDate(int applied) =>
        new([.. Enumerable.Range(1, applied).Select(Applied)]);

    public static MigrationStatus WithPending(int applied, int pending) =>
        new([.. Enumerable.Range(1, applied).Select(Applied),
            .. Enumerable.Range(applied + 1, pending).Select(n => new MigrationState(n, $"step{n}", MigrationStateKind.Pending, null))]);

    public static MigrationStatus WithEdited(int number) =>
        new([new MigrationState(number, "create_posts", MigrationStateKind.Edited, DateTimeOffset.UnixEpoch)]);

    private static MigrationState Applied(int n) => new(n, $"step{n}", MigrationStateKind.Applied, DateTimeOffset.UnixEpoch);
}
