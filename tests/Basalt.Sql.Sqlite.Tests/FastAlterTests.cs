using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;
using Microsoft.Data.Sqlite;
using static Basalt.Sql.Sqlite.Tests.TestSchemas;

namespace Basalt.Sql.Sqlite.Tests;

/// <summary>Changes SQLite's ALTER TABLE makes in place, and the ones that look similar but need a rebuild.</summary>
public sealed class FastAlterTests : IAsyncLifetime
{
    private const string UserId = "0b6f3c1e-5d2a-4c8b-9e7f-1a2b3c4d5e6f";
    private SqliteTestDatabase db = null!;

    public async Task InitializeAsync()
    {
        db = await SqliteTestDatabase.CreateAsync(Blog);
        await db.ExecuteAsync($"INSERT INTO auth_users (id) VALUES ('{UserId}')");
        await db.ExecuteAsync($"INSERT INTO profiles (id, username) VALUES ('{UserId}', 'alice')");
        await db.ExecuteAsync($"INSERT INTO posts (author_id, title, rank) VALUES ('{UserId}', 'first', 'r1'), ('{UserId}', 'second', NULL)");
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    private static AlterTable Alter(TableSchema before, TableSchema after, params TableChange[] changes) => new(before, after, changes);

    private static DatabaseSchema With(TableSchema table) => new(Blog.Tables.Select(t => t.Name == table.Name ? table : t).ToArray());

    private static bool Rebuilds(AlterTable alter) =>
        SqliteTestDatabase.Dialect.RenderMigration([alter]).Any(s => s.Contains("_basalt_new_", StringComparison.Ordinal));

    [Fact]
    public async Task A_nullable_column_with_checks_is_added_in_place_and_enforced()
    {
        var slug = Col("slug", ColumnKind.Text) with { Nullable = true, Pattern = "^[a-z-]+$", MaxLength = 40 };
        var after = PostsTable with { Columns = [.. PostsTable.Columns, slug] };
        var alter = Alter(PostsTable, after, new AddColumn(slug));

        Assert.Equal(["ALTER TABLE \"posts\" ADD COLUMN \"slug\" TEXT CONSTRAINT \"posts_slug_length\" CHECK (length(\"slug\") <= 40) CONSTRAINT \"posts_slug_pattern\" CHECK (\"slug\" REGEXP '^[a-z-]+$')"],
            SqliteTestDatabase.Dialect.RenderMigration([alter]));
        await db.MigrateAsync(alter);

        Assert.Empty(await db.DriftAsync(With(after)));
        var error = await Assert.ThrowsAsync<SqliteException>(() => db.ExecuteAsync("UPDATE posts SET slug = 'Not A Slug' WHERE id = 1"));
        Assert.Contains("posts_slug_pattern", error.Message, StringComparison.Ordinal);
        await db.ExecuteAsync("UPDATE posts SET slug = 'a-slug' WHERE id = 1");
    }

    [Fact]
    public async Task A_not_null_column_with_a_constant_default_is_added_in_place_and_filled()
    {
        var pinned = Col("pinned", ColumnKind.Boolean) with { Default = ColumnDefault.Literal("false") };
        var after = PostsTable with { Columns = [.. PostsTable.Columns, pinned] };
        var alter = Alter(PostsTable, after, new AddColumn(pinned));

        Assert.False(Rebuilds(alter));
        await db.MigrateAsync(alter);

        Assert.Empty(await db.DriftAsync(With(after)));
        Assert.Equal(2, await db.ScalarAsync<long>("SELECT count(*) FROM posts WHERE pinned = 0"));
    }

    [Fact]
    public async Task A_column_whose_default_is_not_constant_is_added_by_a_rebuild()
    {
        var seen = Col("seen_at", ColumnKind.TimestampTz) with { Default = ColumnDefault.Now };
        var after = PostsTable with { Columns = [.. PostsTable.Columns, seen] };
        var alter = Alter(PostsTable, after, new AddColumn(seen));

        Assert.True(Rebuilds(alter));
        await db.MigrateAsync(alter);

        Assert.Empty(await db.DriftAsync(With(after)));
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM posts WHERE seen_at IS NULL"));
    }

    [Fact]
    public async Task A_unique_column_is_added_by_a_rebuild()
    {
        var code = Col("code", ColumnKind.Text) with { Nullable = true };
        var unique = new UniqueConstraint("posts_code_key", ["code"]);
        var after = PostsTable with { Columns = [.. PostsTable.Columns, code], Uniques = [unique] };
        var alter = Alter(PostsTable, after, new AddColumn(code), new AddUnique(unique));

        Assert.True(Rebuilds(alter));
        await db.MigrateAsync(alter);

        Assert.Empty(await db.DriftAsync(With(after)));
    }

    [Fact]
    public async Task Renaming_a_column_without_checks_happens_in_place()
    {
        var after = PostsTable with { Columns = PostsTable.Columns.Select(c => c.Name == "rank" ? c with { Name = "grade" } : c).ToArray() };
        var alter = Alter(PostsTable, after, new RenameColumn("rank", "grade"));

        Assert.Equal(["ALTER TABLE \"posts\" RENAME COLUMN \"rank\" TO \"grade\""], SqliteTestDatabase.Dialect.RenderMigration([alter]));
        await db.MigrateAsync(alter);

        Assert.Empty(await db.DriftAsync(With(after)));
        Assert.Equal("r1", await db.ScalarAsync<string>("SELECT grade FROM posts WHERE id = 1"));
    }

    [Fact]
    public async Task Renaming_a_column_whose_checks_are_named_after_it_rebuilds()
    {
        var after = PostsTable with
        {
            Columns = PostsTable.Columns.Select(c => c.Name == "title" ? c with { Name = "headline" } : c).ToArray(),
            Indexes = [PostsTable.Indexes[0], new IndexSchema("posts_headline_body_idx", [new("headline"), new("body")], IndexKind.FullText)],
        };
        var alter = Alter(PostsTable, after, new RenameColumn("title", "headline"), new DropIndex(PostsTable.Indexes[1]), new AddIndex(after.Indexes[1]));

        Assert.True(Rebuilds(alter));
        await db.MigrateAsync(alter);

        Assert.Empty(await db.DriftAsync(With(after)));
        Assert.Equal("first", await db.ScalarAsync<string>("SELECT headline FROM posts WHERE id = 1"));
    }

    [Fact]
    public async Task Indexes_are_added_and_dropped_in_place()
    {
        var byRank = new IndexSchema("posts_rank_idx", [new("rank", Descending: true)], Unique: true);
        var after = PostsTable with { Indexes = [PostsTable.Indexes[0], byRank] };
        var alter = Alter(PostsTable, after, new DropIndex(PostsTable.Indexes[1]), new AddIndex(byRank));

        Assert.Equal(["DROP INDEX \"posts_title_body_idx\"", "CREATE UNIQUE INDEX \"posts_rank_idx\" ON \"posts\" (\"rank\" DESC)"],
            SqliteTestDatabase.Dialect.RenderMigration([alter]));
        await db.MigrateAsync(alter);

        Assert.Empty(await db.DriftAsync(With(after)));
        await db.MigrateAsync(alter.Invert());
        Assert.Empty(await db.DriftAsync(Blog));
    }

    [Fact]
    public async Task Adding_a_column_in_place_and_dropping_it_again_round_trips()
    {
        var note = Col("note", ColumnKind.Text) with { Nullable = true };
        var alter = Alter(PostsTable, PostsTable with { Columns = [.. PostsTable.Columns, note] }, new AddColumn(note));
        await db.MigrateAsync(alter);

        await db.MigrateAsync(alter.Invert());

        Assert.Empty(await db.DriftAsync(Blog));
        Assert.Equal(2, await db.ScalarAsync<long>("SELECT count(*) FROM posts"));
    }
}
