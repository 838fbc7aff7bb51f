using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;
using static Basalt.Sql.Sqlite.Tests.TestSchemas;

namespace Basalt.Sql.Sqlite.Tests;

/// <summary>Foreign keys are off during a migration, so the migration checks them all before it commits.</summary>
public sealed class ForeignKeyCheckTests
{
    private const string UserId = "0b6f3c1e-5d2a-4c8b-9e7f-1a2b3c4d5e6f";
    private const string GhostId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    private static async Task SeedAsync(SqliteTestDatabase db)
    {
        await db.ExecuteAsync($"INSERT INTO auth_users (id) VALUES ('{UserId}')");
        await db.ExecuteAsync($"INSERT INTO profiles (id, username) VALUES ('{UserId}', 'alice')");
        await db.ExecuteAsync($"INSERT INTO posts (author_id, title) VALUES ('{UserId}', 'p')");
        await db.ExecuteAsync($"INSERT INTO comments (post_id, author_id, body) VALUES (1, '{UserId}', 'c')");
    }

    [Fact]
    public async Task Dropping_a_parent_that_still_has_children_is_refused_and_rolled_back()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(Blog);
        await SeedAsync(db);

        var error = await Assert.ThrowsAsync<MigrationCheckException>(() => db.MigrateAsync(new DropTable(PostsTable)));

        Assert.Contains("comments row 1: comments_post_id_fkey references no row of posts", error.Message, StringComparison.Ordinal);
        Assert.Empty(await db.DriftAsync(Blog));
        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM comments"));
    }

    [Fact]
    public async Task Adding_a_key_that_existing_rows_break_is_refused()
    {
        var loose = CommentsTable with { ForeignKeys = CommentsTable.ForeignKeys.Where(k => k.Name != "comments_author_id_fkey").ToArray() };
        var schema = new DatabaseSchema(Blog.Tables.Select(t => t.Name == Comments ? loose : t).ToArray());
        await using var db = await SqliteTestDatabase.CreateAsync(schema);
        await SeedAsync(db);
        await db.ExecuteAsync($"INSERT INTO comments (post_id, author_id, body) VALUES (1, '{GhostId}', 'ghost')");
        var key = CommentsTable.ForeignKeys.Single(k => k.Name == "comments_author_id_fkey");

        var error = await Assert.ThrowsAsync<MigrationCheckException>(() => db.MigrateAsync(new AlterTable(loose, CommentsTable, [new AddForeignKey(key)])));

        Assert.Contains("1 row(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("comments row 2: comments_author_id_fkey references no row of profiles", error.Message, StringComparison.Ordinal);
        Assert.Empty(await db.DriftAsync(schema));
    }

    [Fact]
    public async Task A_key_whose_parent_columns_are_no_longer_unique_is_refused()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(Blog);
        await SeedAsync(db);
        var after = ProfilesTable with { PrimaryKey = ["id", "username"] };

        var error = await Assert.ThrowsAsync<MigrationCheckException>(() =>
            db.MigrateAsync(new AlterTable(ProfilesTable, after, [new AlterPrimaryKey(["id"], ["id", "username"])])));

        Assert.Contains("foreign key mismatch", error.Message, StringComparison.Ordinal);
        Assert.Empty(await db.DriftAsync(Blog));
    }

    [Fact]
    public async Task A_migration_that_keeps_every_key_valid_commits()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(Blog);
        await SeedAsync(db);

        await db.MigrateAsync(new DropTable(CommentsTable), new DropTable(PostsTable));

        Assert.Empty(await db.DriftAsync(new DatabaseSchema([SystemTables.AuthUsers, ProfilesTable, SamplesTable])));
    }
}
