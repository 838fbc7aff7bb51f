using Basalt.Spec.Settings;
using Basalt.Testing;
using Microsoft.Data.Sqlite;

namespace Basalt.Sql.Sqlite.Tests;

public sealed class ConnectionTests
{
    [Fact]
    public async Task Connections_use_wal_full_sync_foreign_keys_and_a_busy_timeout()
    {
        await using var db = new SqliteTestDatabase();

        await using var connection = await db.OpenAsync();

        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
        Assert.Equal("2", await PragmaAsync(connection, "synchronous"));
        Assert.Equal("1", await PragmaAsync(connection, "foreign_keys"));
        Assert.Equal("5000", await PragmaAsync(connection, "busy_timeout"));
    }

    [Fact]
    public async Task Synchronous_normal_is_used_when_the_spec_asks_for_it()
    {
        await using var db = new SqliteTestDatabase(synchronous: "normal");

        await using var connection = await db.OpenAsync();

        Assert.Equal("1", await PragmaAsync(connection, "synchronous"));
    }

    [Fact]
    public async Task A_pooled_connection_gets_foreign_keys_back_after_a_migration_turned_them_off()
    {
        await using var db = new SqliteTestDatabase();
        await using (var first = await db.OpenAsync())
        {
            await SqliteDialect.Instance.BeforeMigrationAsync(first, default);
            Assert.Equal("0", await PragmaAsync(first, "foreign_keys"));
        }

        await using var second = await db.OpenAsync();

        Assert.Equal("1", await PragmaAsync(second, "foreign_keys"));
        Assert.True(await RegexpAsync(second, "^a+$", "aaa"));
    }

    [Fact]
    public async Task Opening_creates_the_folder_and_names_the_full_path()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "nested", "deeper", "app.db");
        await using var database = SqliteDialect.Instance.Connect(new DatabaseSettings(DatabaseProvider.Sqlite, path));
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));

        await using (var connection = await database.OpenAsync())
        {
            Assert.Equal(System.Data.ConnectionState.Open, connection.State);
        }

        Assert.True(File.Exists(path));
        Assert.Equal(path, database.DisplayName);
        Assert.Same(SqliteDialect.Instance, database.Dialect);
    }

    [Fact]
    public async Task A_relative_path_is_resolved_to_a_full_display_name()
    {
        await using var database = SqliteDialect.Instance.Connect(new DatabaseSettings(DatabaseProvider.Sqlite, "data/app.db"));

        Assert.Equal(Path.GetFullPath("data/app.db"), database.DisplayName);
    }

    [Fact]
    public void Connecting_to_a_postgres_setting_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SqliteDialect.Instance.Connect(new DatabaseSettings(DatabaseProvider.Postgres, "postgres://x@127.0.0.1/db")));
    }

    [Fact]
    public async Task Regexp_matches_unanchored_and_passes_null_through()
    {
        await using var db = new SqliteTestDatabase();
        await using var connection = await db.OpenAsync();

        Assert.True(await RegexpAsync(connection, "b", "abc"));
        Assert.False(await RegexpAsync(connection, "^b", "abc"));
        Assert.Null(await RegexpAsync(connection, "b", null));
        Assert.Null(await RegexpAsync(connection, null, "abc"));
    }

    [Fact]
    public async Task A_catastrophic_pattern_times_out_instead_of_hanging()
    {
        await using var db = new SqliteTestDatabase();
        await using var connection = await db.OpenAsync();

        var error = await Assert.ThrowsAsync<SqliteException>(() => RegexpAsync(connection, "^(a+)+$", new string('a', 40) + "!"));

        Assert.Contains("timed out", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> PragmaAsync(System.Data.Common.DbConnection connection, string pragma)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static async Task<bool?> RegexpAsync(System.Data.Common.DbConnection connection, string? pattern, string? value)
    {
        await using var command = (SqliteCommand)connection.CreateCommand();
        command.CommandText = "SELECT $value REGEXP $pattern";
        command.Parameters.AddWithValue("$pattern", (object?)pattern ?? DBNull.Value);
        command.Parameters.AddWithValue("$value", (object?)value ?? DBNull.Value);
        var result = await command.ExecuteScalarAsync();
        return result is DBNull or null ? null : (long)result != 0;
    }
}
