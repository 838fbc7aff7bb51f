using Basalt.Spec.Schema;
using Basalt.Sql.Postgres.Tests.Support;

namespace Basalt.Sql.Postgres.Tests;

/// <summary>The database itself refuses what the spec forbids, with PostgreSQL's error codes and the constraint's name.</summary>
public sealed class ConstraintTests : PostgresTest
{
    private static readonly Guid User = Guid.Parse("11111111-1111-4111-8111-111111111111");

    private static readonly TableSchema Ratings = new(TableName.Public("ratings"),
    [
        new ColumnSchema("id", Types.Integer),
        new ColumnSchema("stars", Types.SmallInt) { Min = 1, Max = 5 },
        new ColumnSchema("price", Types.Numeric(8, 2)) { Check = "price > 0", Default = ColumnDefault.Literal("9.99") },
        new ColumnSchema("post_id", Types.BigInt) { Nullable = true },
    ])
    {
        PrimaryKey = ["id"],
        ForeignKeys = [new ForeignKey("ratings_post_id_fkey", ["post_id"], BlogSchema.Posts, ["id"], ReferentialAction.SetNull)],
    };

    private async Task CreateBlogAsync()
    {
        await CreateAsync(new DatabaseSchema([.. BlogSchema.Schema.Tables, Ratings]));
        await ExecuteAsync(BlogSchema.SeedSql(User));
    }

    [Theory]
    [InlineData("INSERT INTO posts (author_id, title) VALUES ('{user}', '')", "posts_title_length")]
    [InlineData("UPDATE profiles SET bio = repeat('x', 501)", "profiles_bio_length")]
    [InlineData("UPDATE profiles SET username = 'No Capitals'", "profiles_username_pattern")]
    [InlineData("INSERT INTO ratings (id, stars) VALUES (1, 6)", "ratings_stars_range")]
    [InlineData("INSERT INTO ratings (id, stars) VALUES (1, 0)", "ratings_stars_range")]
    [InlineData("INSERT INTO ratings (id, stars, price) VALUES (1, 3, -1)", "ratings_price_check")]
    public async Task A_value_check_violation_names_its_constraint(string sql, string constraint)
    {
        await CreateBlogAsync();

        var error = await FailsAsync(sql.Replace("{user}", User.ToString(), StringComparison.Ordinal));

        Assert.Equal(("23514", constraint), (error.SqlState, error.ConstraintName));
    }

    [Theory]
    [InlineData("INSERT INTO posts (author_id, title, status) VALUES ('{user}', 'x', 'archived')")]
    [InlineData("INSERT INTO posts (author_id, title) VALUES ('not-a-uuid', 'x')")]
    public async Task Text_that_is_not_a_value_of_the_type_is_refused(string sql)
    {
        await CreateBlogAsync();

        var error = await FailsAsync(sql.Replace("{user}", User.ToString(), StringComparison.Ordinal));

        Assert.Equal("22P02", error.SqlState);
    }

    [Fact]
    public async Task Null_in_a_required_column_is_refused()
    {
        await CreateBlogAsync();

        var error = await FailsAsync($"INSERT INTO posts (author_id, title) VALUES ('{User}', NULL)");

        Assert.Equal(("23502", "title"), (error.SqlState, error.ColumnName));
    }

    [Fact]
    public async Task A_duplicate_unique_value_is_refused()
    {
        await CreateBlogAsync();
        var other = Guid.NewGuid();
        await ExecuteAsync($"INSERT INTO auth.users (id) VALUES ('{other}')");

        var error = await FailsAsync($"INSERT INTO profiles (id, username) VALUES ('{other}', 'user_11111111')");

        Assert.Equal(("23505", "profiles_username_key"), (error.SqlState, error.ConstraintName));
    }

    [Fact]
    public async Task A_reference_to_a_missing_row_is_refused()
    {
        await CreateBlogAsync();

        var error = await FailsAsync($"INSERT INTO posts (author_id, title) VALUES ('{Guid.NewGuid()}', 'x')");

        Assert.Equal(("23503", "posts_author_id_fkey"), (error.SqlState, error.ConstraintName));
    }

    [Fact]
    public async Task Defaults_fill_in_and_auth_uid_reads_the_request_claim()
    {
        await CreateBlogAsync();

        await ExecuteAsync($"SELECT set_config('request.jwt.claim.sub', '{User}', false); INSERT INTO posts (title) VALUES ('Second')");

        var row = await ColumnAsync("""
            SELECT unnest(ARRAY[id::text, author_id::text, body, status::text, tags::text, (created_at IS NOT NULL)::text])
            FROM posts WHERE title = 'Second'
            """);
        Assert.Equal(["2", User.ToString(), "", "draft", "{}", "true"], row);
        await ExecuteAsync("INSERT INTO ratings (id, stars) VALUES (1, 4)");
        Assert.Equal(9.99m, await ScalarAsync<decimal>("SELECT price FROM ratings"));
    }

    [Fact]
    public async Task Without_a_request_claim_auth_uid_is_null()
    {
        await CreateBlogAsync();

        var error = await FailsAsync("INSERT INTO posts (title) VALUES ('Anonymous')");

        Assert.Equal(("23502", "author_id"), (error.SqlState, error.ColumnName));
    }

    [Fact]
    public async Task Identity_columns_accept_an_explicit_value()
    {
        await CreateBlogAsync();

        await ExecuteAsync($"INSERT INTO posts (id, author_id, title) VALUES (100, '{User}', 'Pinned')");

        Assert.Equal(100L, await ScalarAsync<long>("SELECT id FROM posts WHERE title = 'Pinned'"));
    }

    [Fact]
    public async Task Deleting_a_user_cascades_and_sets_null_as_declared()
    {
        await CreateBlogAsync();
        var reader = Guid.NewGuid();
        await ExecuteAsync($"""
            INSERT INTO auth.users (id) VALUES ('{reader}');
            INSERT INTO profiles (id, username) VALUES ('{reader}', 'reader');
            SELECT set_config('request.jwt.claim.sub', '{reader}', false);
            INSERT INTO comments (post_id, body) VALUES (1, 'first');
            INSERT INTO comments (post_id, parent_id, body) VALUES (1, 1, 'reply');
            INSERT INTO ratings (id, stars, post_id) VALUES (1, 5, 1);
            """);

        await ExecuteAsync($"DELETE FROM auth.users WHERE id = '{User}'");

        // The user's profile and post go; the reader's comments on that post go with it; the reader stays.
        Assert.Equal(["reader"], await ColumnAsync("SELECT username FROM profiles"));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT (SELECT count(*) FROM posts) + (SELECT count(*) FROM comments)"));
        Assert.True(await ScalarAsync<bool>("SELECT post_id IS NULL FROM ratings WHERE id = 1"));
    }

    [Fact]
    public async Task A_referenced_row_under_restrict_cannot_be_deleted()
    {
        var (a, b) = SchemaCreationTests.CyclicTables();
        await CreateAsync(new DatabaseSchema([a, b]));
        await ExecuteAsync("INSERT INTO a (id) VALUES (1); INSERT INTO b (id, a_id) VALUES (1, 1)");

        var error = await FailsAsync("DELETE FROM a");

        // PostgreSQL reports RESTRICT like NO ACTION, as a foreign key violation.
        Assert.Equal(("23503", "b_a_id_fkey"), (error.SqlState, error.ConstraintName));
    }

    [Fact]
    public async Task Full_text_index_serves_searches_over_its_columns()
    {
        await CreateBlogAsync();
        await ExecuteAsync($"INSERT INTO posts (author_id, title, body) VALUES ('{User}', 'Basalt', 'columns of rock')");

        var found = await ColumnAsync("""
            SELECT title FROM posts
            WHERE to_tsvector('simple', coalesce("title", '') || ' ' || coalesce("body", '')) @@ plainto_tsquery('simple', 'rock')
            """);

        Assert.Equal(["Basalt"], found);
    }
}
