using Basalt.Sql;

namespace Basalt.Migrations;

/// <summary>Applies, rolls back and reports the migrations of one folder against one database.</summary>
public sealed class MigrationRunner(IDatabase database, string migrationsDirectory)
{
    public IDatabase Database => database;

    public string MigrationsDirectory => migrationsDirectory;

    public Task<MigrationStatus> StatusAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
