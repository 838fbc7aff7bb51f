using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;
using Microsoft.Data.Sqlite;
using static Basalt.Sql.Sqlite.Tests.TestSchemas;

namespace Basalt.Sql.Sqlite.Tests;

/// <summary>Changes SQLite's ALTER TABLE cannot make: the table is rebuilt, rows copied, children left alone.</summary>
public sealed class RebuildTests : IAsyncLifetime
{
    private const string UserId = "0b6f3c1e-5d2a-4c8b-9e7f-1a2b3c4d5e6f";
    private SqliteTestDatabase db = null!;

    public async Task InitializeAsync()
    {
        db = await SqliteTestDatabase.CreateAsync(Blog);
        await db.ExecuteAsync($"INSERT INTO auth_users (id) VALUES ('{UserId}')");
        await db.ExecuteAsync($"INSERT INTO profiles (id, username) VALUES ('{UserId}', 'alice')");
        await db.ExecuteAsync($"""
            INSERT INTO posts (author_id, title, body, views, rank, legacy) VALUES
                ('{UserId}', 'first', 'one', 5, '7', 'x'),
                ('{UserId}', 'second', 'two', 2147483647, NULL, NULL),
                ('{UserId}', 'third', 'three', 0, '9', NULL)
            """);
        // The highest id is deleted: AUTOINCREMENT must still not hand out 3 again after the rebuild.
        await db.ExecuteAsync("DELETE FROM posts WHERE id = 3");
        await db.ExecuteAsync($"""
            INSERT INTO comments (post_id, parent_id, author_id, body) VALUES (1, NULL, '{UserId}', 'top'), (1, 1, '{UserId}', 'reply'), (2, NULL, '{UserId}', 'other')
            """);
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    /// <summary>
    /// posts with: title renamed to headline, views widened to bigint with a minimum, rank from text to integer,
    /// body made nullable, updated_at added (NOT NULL, default now()), legacy dropped, the full-text index replaced.
    /// </summary>
    private static AlterTable ReshapePosts()
    {
        var before = PostsTable;
        var titleBody = before.Indexes.Single(i => i.Name == "posts_title_body_idx");
        var headlineBody = new IndexSchema("posts_headline_body_idx", [new("headline"), new("body")]);
        var updatedAt = Col("updated_at", ColumnKind.TimestampTz) with { Default = ColumnDefault.Now };
        var after = before with
        {
            Columns =
            [
                before.Column("id"), before.Column("author_id"), before.Column("title") with { Name = "headline" },
                before.Column("body") with { Nullable = true }, before.Column("status"), before.Column("tags"),
                before.Column("views") with { Type = new ColumnType(ColumnKind.BigInt), Min = 0 },
                before.Column("rank") with { Type = new ColumnType(ColumnKind.Integer) },
                before.Column("created_at"), updatedAt,
            ],
            Indexes = [before.Indexes[0], headlineBody],
        };
        return new AlterTable(before, after,
        [
            new RenameColumn("title", "headline"),
            new AlterColumn(before.Column("body"), after.Column("body")),
            new AlterColumn(before.Column("views"), after.Column("views")),
            new AlterColumn(before.Column("rank"), after.Column("rank")),
            new AddColumn(updatedAt),
            new DropColumn(before.Column("legacy")),
            new DropIndex(titleBody),
            new AddIndex(headlineBody),
        ]);
    }

    private static DatabaseSchema With(TableSchema table) =>
        new(Blog.Tables.Select(t => t.Name == table.Name ? table : t).ToArray());

    [Fact]
    public async Task A_rebuild_keeps_rows_maps_values_and_matches_the_new_shape()
    {
        var alter = ReshapePosts();
        Assert.Contains(SqliteTestDatabase.Dialect.RenderMigration([alter]), s => s.StartsWith("CREATE TABLE \"_basalt_new_posts\"", StringComparison.Ordinal));

        await db.MigrateAsync(alter);

        Assert.Empty(await db.DriftAsync(With(alter.After)));
        var rows = await db.RowsAsync("SELECT id, headline, body, views, typeof(views), rank, typeof(rank), updated_at IS NOT NULL FROM posts ORDER BY id");
        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { 1L, "first", "one", 5L, "integer", 7L, "integer", 1L }, rows[0]);
        Assert.Equal(new object?[] { 2L, "second", "two", 2147483647L, "integer", null, "null", 1L }, rows[1]);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM sqlite_schema WHERE name GLOB '_basalt_new_*'"));
    }

    [Fact]
    public async Task A_rebuild_deletes_no_child_rows_and_leaves_every_key_valid()
    {
        await db.MigrateAsync(ReshapePosts());

        Assert.Equal(3, await db.ScalarAsync<long>("SELECT count(*) FROM comments"));
        Assert.Empty(await db.RowsAsync("PRAGMA foreign_key_check"));
        // The children's keys still point at the rebuilt table and still cascade.
        await db.ExecuteAsync("DELETE FROM posts WHERE id = 1");
        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM comments"));
    }

    [Fact]
    public async Task The_rebuilt_table_enforces_its_new_rules_and_keeps_its_sequence()
    {
        await db.MigrateAsync(ReshapePosts());

        var error = await Assert.ThrowsAsync<SqliteException>(() => db.ExecuteAsync($"INSERT INTO posts (author_id, headline, views) VALUES ('{UserId}', 'h', -1)"));
        Assert.Contains("CHECK constraint failed: posts_views_range", error.Message, StringComparison.Ordinal);
        error = await Assert.ThrowsAsync<SqliteException>(() => db.ExecuteAsync($"INSERT INTO posts (author_id, headline) VALUES ('{UserId}', '')"));
        Assert.Contains("CHECK constraint failed: posts_headline_length", error.Message, StringComparison.Ordinal);
        await db.ExecuteAsync($"INSERT INTO posts (author_id, headline, body) VALUES ('{UserId}', 'fourth', NULL)");
        Assert.Equal(4, await db.ScalarAsync<long>("SELECT id FROM posts WHERE headline = 'fourth'"));
    }

    [Fact]
    public async Task The_inverse_rebuild_brings_back_the_earlier_shape_and_values()
    {
        var alter = ReshapePosts();
        await db.MigrateAsync(alter);

        await db.MigrateAsync(alter.Invert());

        Assert.Empty(await db.DriftAsync(Blog));
        var rows = await db.RowsAsync("SELECT id, title, views, rank, typeof(rank), legacy FROM posts ORDER BY id");
        Assert.Equal(new object?[] { 1L, "first", 5L, "7", "text", null }, rows[0]);
        Assert.Equal(new object?[] { 2L, "second", 2147483647L, null, "null", null }, rows[1]);
        Assert.Equal(3, await db.ScalarAsync<long>("SELECT count(*) FROM comments"));
        await db.ExecuteAsync($"INSERT INTO posts (author_id, title) VALUES ('{UserId}', 'again')");
        Assert.Equal(4, await db.ScalarAsync<long>("SELECT id FROM posts WHERE title = 'again'"));
    }

    [Fact]
    public async Task A_value_the_new_type_cannot_hold_fails_the_migration_and_changes_nothing()
    {
        await db.ExecuteAsync("UPDATE posts SET rank = 'abc' WHERE id = 1");
        var alter = ReshapePosts();

        var error = await Assert.ThrowsAsync<SqliteException>(() => db.MigrateAsync(alter));

        Assert.Contains("cannot store TEXT value in INTEGER column", error.Message, StringComparison.Ordinal);
        Assert.Empty(await db.DriftAsync(Blog));
        Assert.Equal("abc", await db.ScalarAsync<string>("SELECT rank FROM posts WHERE id = 1"));
    }

    [Fact]
    public async Task Narrowing_back_to_integer_refuses_a_value_out_of_range()
    {
        var widen = ReshapePosts();
        await db.MigrateAsync(widen);
        await db.ExecuteAsync("UPDATE posts SET views = 2147483648 WHERE id = 2");

        var error = await Assert.ThrowsAsync<SqliteException>(() => db.MigrateAsync(widen.Invert()));

        Assert.Contains("CHECK constraint failed: posts_views_type", error.Message, StringComparison.Ordinal);
        Assert.Empty(await db.DriftAsync(With(widen.After)));
    }

    [Fact]
    public async Task A_new_not_null_column_without_default_fails_on_a_table_with_rows()
    {
        var subtitle = Col("subtitle", ColumnKind.Text);
        var alter = new AlterTable(PostsTable, PostsTable with { Columns = [.. PostsTable.Columns, subtitle] }, [new AddColumn(subtitle)]);

        var error = await Assert.ThrowsAsync<SqliteException>(() => db.MigrateAsync(alter));

        Assert.Contains("NOT NULL constraint failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("subtitle", error.Message, StringComparison.Ordinal);
        Assert.Empty(await db.DriftAsync(Blog));
    }

    [Fact]
    public async Task A_rebuild_with_foreign_keys_still_on_stops_before_deleting_children()
    {
        await using var connection = await db.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        var error = await Assert.ThrowsAsync<SqliteException>(async () =>
        {
            foreach (var statement in SqliteTestDatabase.Dialect.RenderMigration([ReshapePosts()]))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = statement;
                await command.ExecuteNonQueryAsync();
            }
        });
        await transaction.RollbackAsync();

        Assert.Contains("foreign keys must be off", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, await db.ScalarAsync<long>("SELECT count(*) FROM comments"));
    }

    [Fact]
    public async Task Changing_a_primary_key_rebuilds_and_matches()
    {
        await db.ExecuteAsync("INSERT INTO samples (label) VALUES ('a'), ('b')");
        var before = SamplesTable;
        var after = before with { PrimaryKey = ["id", "label"] };
        var alter = new AlterTable(before, after, [new AlterPrimaryKey(["id"], ["id", "label"])]);

        await db.MigrateAsync(alter);

        Assert.Empty(await db.DriftAsync(With(after)));
        Assert.Equal(["a", "b"], (await db.RowsAsync("SELECT label FROM samples ORDER BY id")).Select(r => (string)r[0]!));
        await db.MigrateAsync(alter.Invert());
        Assert.Empty(await db.DriftAsync(Blog));
    }
}
