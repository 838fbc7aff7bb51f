using System.Data;
using System.Data.Common;
using Basalt.Query.Planning;
using Basalt.Spec.Schema;
using Basalt.Sql.Rendering;
using Microsoft.Data.Sqlite;

namespace Basalt.Sql.Sqlite.Tests;

/// <summary>The connections requests run on: kept open, set up once, statements reused with fresh values, nothing failed reused.</summary>
public sealed class SessionTests
{
    private static readonly ColumnType Integer = new(ColumnKind.BigInt);

    [Fact]
    public async Task A_returned_session_comes_back_with_its_statement_and_binds_the_new_values()
    {
        await using var db = new SqliteTestDatabase();
        DbConnection connection;
        DbCommand statement;
        await using (var first = await db.Database.OpenSessionAsync())
        {
            connection = first.Connection;
            statement = first.Command(Plus(1));
            Assert.Equal(2L, await statement.ExecuteScalarAsync());
        }

        await using var second = await db.Database.OpenSessionAsync();
        var again = second.Command(Plus(40));

        Assert.Same(connection, second.Connection);
        Assert.Same(statement, again);
        Assert.Equal(41L, await again.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Sessions_in_use_at_the_same_time_have_connections_of_their_own()
    {
        await using var db = new SqliteTestDatabase();

        await using var first = await db.Database.OpenSessionAsync();
        await using var second = await db.Database.OpenSessionAsync();

        Assert.NotSame(first.Connection, second.Connection);
    }

    [Fact]
    public async Task A_discarded_session_is_closed_and_never_handed_out_again()
    {
        await using var db = new SqliteTestDatabase();
        DbConnection discarded;
        await using (var session = await db.Database.OpenSessionAsync())
        {
            discarded = session.Connection;
            session.Discard();
        }

        await using var next = await db.Database.OpenSessionAsync();

        Assert.Equal(ConnectionState.Closed, discarded.State);
        Assert.NotSame(discarded, next.Connection);
    }

    [Fact]
    public async Task Session_connections_are_set_up_like_every_other_connection()
    {
        await using var db = new SqliteTestDatabase();
        await using var session = await db.Database.OpenSessionAsync();

        Assert.Equal("1", await ScalarTextAsync(session.Connection, "PRAGMA foreign_keys"));
        Assert.Equal("5000", await ScalarTextAsync(session.Connection, "PRAGMA busy_timeout"));
        Assert.Equal("1", await ScalarTextAsync(session.Connection, "SELECT 'aaa' REGEXP '^a+$'"));
    }

    [Fact]
    public async Task A_migration_turning_foreign_keys_off_never_reaches_a_session()
    {
        await using var db = new SqliteTestDatabase();
        await using (var migration = await db.Database.OpenAsync())
        {
            await SqliteDialect.Instance.BeforeMigrationAsync(migration, default);
        }

        await using var session = await db.Database.OpenSessionAsync();

        Assert.Equal("1", await ScalarTextAsync(session.Connection, "PRAGMA foreign_keys"));
    }

    [Fact]
    public async Task Disposing_the_database_closes_its_idle_sessions()
    {
        var db = new SqliteTestDatabase();
        DbConnection idle;
        await using (var session = await db.Database.OpenSessionAsync())
        {
            idle = session.Connection;
        }

        await db.DisposeAsync();

        Assert.Equal(ConnectionState.Closed, idle.State);
    }

    [Fact]
    public async Task A_session_returned_after_the_database_is_disposed_is_closed()
    {
        var db = new SqliteTestDatabase();
        var session = await db.Database.OpenSessionAsync();
        var connection = session.Connection;

        await db.DisposeAsync();
        await session.DisposeAsync();

        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    private static SqlCommand Plus(long value) =>
        new("SELECT @p0 + 1", [new SqlArgument("@p0", new SqlValue(Integer, value))], ResultShape.Document);

    private static async Task<string?> ScalarTextAsync(DbConnection connection, string sql)
    {
        await using var command = (SqliteCommand)connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
