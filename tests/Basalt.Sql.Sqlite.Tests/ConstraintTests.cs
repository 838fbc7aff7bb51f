using Microsoft.Data.Sqlite;

namespace Basalt.Sql.Sqlite.Tests;

/// <summary>The file itself refuses what the spec forbids: every rule is a CHECK (or STRICT, NOT NULL, UNIQUE, FK) in SQLite.</summary>
public sealed class ConstraintTests : IAsyncLifetime
{
    private const string UserId = "0b6f3c1e-5d2a-4c8b-9e7f-1a2b3c4d5e6f";
    private const string OtherUserId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private SqliteTestDatabase db = null!;

    public async Task InitializeAsync()
    {
        db = await SqliteTestDatabase.CreateAsync(TestSchemas.Blog);
        await db.ExecuteAsync($"INSERT INTO auth_users (id, email) VALUES ('{UserId}', 'a@example.com'), ('{OtherUserId}', 'b@example.com')");
        await db.ExecuteAsync($"INSERT INTO profiles (id, username) VALUES ('{UserId}', 'alice')");
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    public static TheoryData<string, string> Violations => new()
    {
        // type
        { "INSERT INTO samples (code) VALUES ('not-a-uuid')", "CHECK constraint failed: samples_code_type" },
        { "INSERT INTO samples (code) VALUES ('0B6F3C1E-5D2A-4C8B-9E7F-1A2B3C4D5E6F')", "CHECK constraint failed: samples_code_type" },
        { "INSERT INTO samples (code) VALUES ('0b6f3c1e5d2a4c8b9e7f1a2b3c4d5e6f')", "CHECK constraint failed: samples_code_type" },
        { "INSERT INTO samples (int) VALUES ('abc')", "cannot store TEXT value in INTEGER column samples.int" },
        { "INSERT INTO samples (flag) VALUES (2)", "CHECK constraint failed: samples_flag_type" },
        { "INSERT INTO samples (flag) VALUES ('true')", "cannot store TEXT value in INTEGER column samples.flag" },
        { "INSERT INTO samples (day) VALUES ('not-a-date')", "CHECK constraint failed: samples_day_type" },
        { "INSERT INTO samples (day) VALUES ('2024-02-30')", "CHECK constraint failed: samples_day_type" },
        { "INSERT INTO samples (at) VALUES ('noon')", "CHECK constraint failed: samples_at_type" },
        { "INSERT INTO samples (stamp) VALUES ('yesterday-ish')", "CHECK constraint failed: samples_stamp_type" },
        { "INSERT INTO samples (doc) VALUES ('{bad json')", "CHECK constraint failed: samples_doc_type" },
        { "INSERT INTO samples (list) VALUES ('{\"a\": 1}')", "CHECK constraint failed: samples_list_type" },
        { "INSERT INTO samples (list) VALUES ('not json')", "CHECK constraint failed: samples_list_type" },
        { "INSERT INTO samples (small) VALUES (32768)", "CHECK constraint failed: samples_small_type" },
        { "INSERT INTO samples (small) VALUES (-32769)", "CHECK constraint failed: samples_small_type" },
        { "INSERT INTO samples (int) VALUES (2147483648)", "CHECK constraint failed: samples_int_type" },
        { "INSERT INTO samples (price) VALUES (1.234)", "CHECK constraint failed: samples_price_type" },
        { "INSERT INTO samples (price) VALUES (10000)", "CHECK constraint failed: samples_price_type" },
        { "INSERT INTO samples (data) VALUES ('text')", "cannot store TEXT value in BLOB column samples.data" },
        // value rules
        { "INSERT INTO posts (author_id, title) VALUES ('" + UserId + "', '')", "CHECK constraint failed: posts_title_length" },
        { "INSERT INTO posts (author_id, title) VALUES ('" + UserId + "', printf('%.201c', 'x'))", "CHECK constraint failed: posts_title_length" },
        { "INSERT INTO profiles (id, username) VALUES ('" + OtherUserId + "', 'Bob!')", "CHECK constraint failed: profiles_username_pattern" },
        { "INSERT INTO profiles (id, username, bio) VALUES ('" + OtherUserId + "', 'bob', printf('%.501c', 'x'))", "CHECK constraint failed: profiles_bio_length" },
        { "INSERT INTO posts (author_id, title, status) VALUES ('" + UserId + "', 't', 'archived')", "CHECK constraint failed: posts_status_enum" },
        { "INSERT INTO samples (ratio) VALUES (1.5)", "CHECK constraint failed: samples_ratio_range" },
        { "INSERT INTO samples (ratio) VALUES (-0.1)", "CHECK constraint failed: samples_ratio_range" },
        { "INSERT INTO samples (rating) VALUES (3)", "CHECK constraint failed: samples_rating_check" },
        { "INSERT INTO samples (nick) VALUES ('x')", "CHECK constraint failed: samples_nick_length" },
        { "INSERT INTO samples (nick) VALUES ('Ab')", "CHECK constraint failed: samples_nick_pattern" },
        { "INSERT INTO samples (mood) VALUES ('its fine')", "CHECK constraint failed: samples_mood_enum" },
        { "INSERT INTO samples (scores) VALUES ('[1, 2, 3, 4]')", "CHECK constraint failed: samples_scores_length" },
        // keys and nullability
        { "INSERT INTO posts (author_id, title) VALUES ('" + UserId + "', NULL)", "NOT NULL constraint failed: posts.title" },
        { "INSERT INTO posts (title) VALUES ('no author')", "NOT NULL constraint failed: posts.author_id" },
        { "INSERT INTO profiles (id, username) VALUES ('" + OtherUserId + "', 'alice')", "UNIQUE constraint failed: profiles.username" },
        { "INSERT INTO posts (author_id, title) VALUES ('" + OtherUserId + "', 'orphan')", "FOREIGN KEY constraint failed" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public async Task A_value_the_spec_forbids_is_refused_by_the_database(string insert, string expected)
    {
        var error = await Assert.ThrowsAsync<SqliteException>(() => db.ExecuteAsync(insert));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_values_of_every_type_are_accepted()
    {
        await db.ExecuteAsync("""
            INSERT INTO samples (small, int, flag, day, at, stamp, doc, list, price, ratio, code, data, rating, nick, mood, scores)
            VALUES (-32768, 2147483647, 1, '2024-02-29', '23:59:59.5', '2024-01-15 10:00:00', '{"k": [1, null]}', '["a", "b"]',
                    9999.99, 0.5, '7c9e6679-7425-40de-944b-e07fc1f90ae7', X'00FF', 4, 'ab', 'it''s fine', '[1, 2, 3]')
            """);
        await db.ExecuteAsync($"INSERT INTO posts (author_id, title, status, tags) VALUES ('{UserId}', printf('%.200c', 'x'), 'published', '[\"x\"]')");
        await db.ExecuteAsync($"INSERT INTO profiles (id, username, bio) VALUES ('{OtherUserId}', 'bob_2', NULL)");

        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM samples"));
        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM posts"));
        Assert.Equal(2, await db.ScalarAsync<long>("SELECT count(*) FROM profiles"));
    }

    [Fact]
    public async Task Null_passes_every_check_of_a_nullable_column()
    {
        // Between them, the nullable columns of samples carry every kind of CHECK: type, length, pattern, enum, range, check.
        await db.ExecuteAsync("""
            INSERT INTO samples (small, int, flag, day, at, stamp, doc, list, price, ratio, code, data, rating, nick, mood, scores)
            VALUES (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
            """);

        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM samples WHERE code IS NULL AND rating IS NULL"));
    }

    [Fact]
    public async Task An_identity_key_accepts_an_explicit_value_and_never_reuses_an_id()
    {
        await db.ExecuteAsync($"INSERT INTO posts (id, author_id, title) VALUES (41, '{UserId}', 'explicit')");
        await db.ExecuteAsync("DELETE FROM posts WHERE id = 41");
        await db.ExecuteAsync($"INSERT INTO posts (author_id, title) VALUES ('{UserId}', 'next')");

        Assert.Equal(42, await db.ScalarAsync<long>("SELECT id FROM posts"));
    }

    [Fact]
    public async Task Deleting_a_post_cascades_to_its_comments_and_their_replies()
    {
        await db.ExecuteAsync($"INSERT INTO posts (author_id, title) VALUES ('{UserId}', 'p')");
        await db.ExecuteAsync($"INSERT INTO comments (post_id, author_id, body) VALUES (1, '{UserId}', 'top')");
        await db.ExecuteAsync($"INSERT INTO comments (post_id, parent_id, author_id, body) VALUES (1, 1, '{UserId}', 'reply')");

        await db.ExecuteAsync("DELETE FROM posts");

        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM comments"));
    }
}
