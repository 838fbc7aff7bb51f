using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Basalt.Sql.Sqlite;

/// <summary>
/// An exclusive lock file beside the database (<c>app.db.migrate-lock</c>), held for a whole apply or rollback, so two
/// processes on one host never apply the same migration. SQLite's own locks last one transaction; a migration run
/// spans several. The OS releases the file lock if the process dies, so a crash never leaves it stuck.
/// </summary>
internal sealed class SqliteMigrationLock(FileStream file) : IAsyncDisposable
{
    public static async Task<IAsyncDisposable> AcquireAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var path = ((SqliteConnection)connection).DataSource + ".migrate-lock";
        while (true)
        {
            try
            {
                return new SqliteMigrationLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync() => file.DisposeAsync();
}
