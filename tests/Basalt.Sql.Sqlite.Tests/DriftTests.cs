using Basalt.Spec.Schema;
using Basalt.Sql.Introspection;
using static Basalt.Sql.Sqlite.Tests.TestSchemas;

namespace Basalt.Sql.Sqlite.Tests;

/// <summary>Every real difference between the spec and the file shows as drift.</summary>
public sealed class DriftTests : IAsyncLifetime
{
    private SqliteTestDatabase db = null!;

    public async Task InitializeAsync() => db = await SqliteTestDatabase.CreateAsync(Blog);

    public async Task DisposeAsync() => await db.DisposeAsync();

    private async Task<string> OnlyDriftAsync(DatabaseSchema schema)
    {
        var drifts = await db.DriftAsync(schema);
        return Assert.Single(drifts).ToString();
    }

    public static TheoryData<string, string> ManualChanges => new()
    {
        { "ALTER TABLE posts ADD COLUMN extra TEXT", "posts.extra: column exists but is not in the spec" },
        { "CREATE INDEX posts_rank_idx ON posts (rank)", "posts.posts_rank_idx: index exists but is not in the spec" },
        { "DROP INDEX posts_author_id_created_at_idx", "posts.posts_author_id_created_at_idx: index is missing" },
        { "DROP TABLE samples", "samples: table is missing" },
        { "CREATE TABLE notes (id INTEGER PRIMARY KEY)", "notes: table exists but is not in the spec" },
        { "ALTER TABLE posts RENAME COLUMN rank TO grade", "posts.grade: column exists but is not in the spec" },
    };

    [Theory]
    [MemberData(nameof(ManualChanges))]
    public async Task A_change_made_by_hand_is_reported(string sql, string drift)
    {
        await db.ExecuteAsync(sql);

        Assert.Contains(drift, (await db.DriftAsync(Blog)).Select(d => d.ToString()));
    }

    [Fact]
    public async Task A_unique_constraint_added_by_hand_shows_under_its_automatic_name()
    {
        await db.ExecuteAsync("CREATE UNIQUE INDEX posts_title_key ON posts (title)");

        Assert.Equal("posts.posts_title_key: index exists but is not in the spec", await OnlyDriftAsync(Blog));
    }

    public static TheoryData<string, string> SpecChanges => new()
    {
        { "max_length", "posts.posts_title_length: check is length (\"title\") >= 1 AND length (\"title\") <= 200, expected length (\"title\") >= 1 AND length (\"title\") <= 100" },
        { "default", "posts.views: column default 0, expected 1" },
        { "nullable", "profiles.bio: column allows null, expected not null" },
        { "type", "posts.rank: column type text, expected integer | posts.posts_rank_type: check is missing" },
        { "on_delete", "comments.comments_post_id_fkey: foreign key references posts(id) on delete cascade, expected posts(id) on delete no action" },
        { "primary_key", "profiles: primary key (id), expected (id, username)" },
        { "new_check", "samples.samples_data_check: check is missing" },
        { "unique_dropped", "profiles.profiles_username_key: index exists but is not in the spec" },
        { "index_order", "posts.posts_author_id_created_at_idx: index is (author_id, created_at desc), expected (author_id, created_at)" },
    };

    [Theory]
    [MemberData(nameof(SpecChanges))]
    public async Task A_spec_that_no_longer_matches_the_file_is_reported(string change, string drift)
    {
        var schema = Change(change);

        var drifts = (await db.DriftAsync(schema)).Select(d => d.ToString());

        Assert.Equal(drift.Split(" | "), drifts);
    }

    private static DatabaseSchema Change(string change)
    {
        static TableSchema Columns(TableSchema table, string name, Func<ColumnSchema, ColumnSchema> edit) =>
            table with { Columns = table.Columns.Select(c => c.Name == name ? edit(c) : c).ToArray() };
        var table = change switch
        {
            "max_length" => Columns(PostsTable, "title", c => c with { MaxLength = 100 }),
            "default" => Columns(PostsTable, "views", c => c with { Default = ColumnDefault.Literal("1") }),
            "nullable" => Columns(ProfilesTable, "bio", c => c with { Nullable = false }),
            "type" => Columns(PostsTable, "rank", c => c with { Type = new ColumnType(ColumnKind.Integer) }),
            "on_delete" => CommentsTable with { ForeignKeys = CommentsTable.ForeignKeys.Select(k => k.Name == "comments_post_id_fkey" ? k with { OnDelete = ReferentialAction.NoAction } : k).ToArray() },
            "primary_key" => ProfilesTable with { PrimaryKey = ["id", "username"] },
            "new_check" => Columns(SamplesTable, "data", c => c with { Check = "length(data) > 0" }),
            "unique_dropped" => ProfilesTable with { Uniques = [] },
            "index_order" => PostsTable with { Indexes = [Index(Posts, "author_id", "created_at"), PostsTable.Indexes[1]] },
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
        return new DatabaseSchema(Blog.Tables.Select(t => t.Name == table.Name ? table : t).ToArray());
    }

    [Fact]
    public void The_comparer_sees_no_drift_between_expected_and_itself()
    {
        var expected = SqliteTestDatabase.Dialect.Expected(Blog);

        Assert.Empty(PhysicalSchemaComparer.Compare(expected, expected));
    }
}
