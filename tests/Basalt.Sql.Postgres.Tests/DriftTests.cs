using Basalt.Sql.Postgres.Tests.Support;

namespace Basalt.Sql.Postgres.Tests;

/// <summary>Changes made by hand behind the migrations' back are reported by comparing introspection with Expected.</summary>
public sealed class DriftTests : PostgresTest
{
    [Theory]
    [InlineData("ALTER TABLE posts ADD COLUMN extra integer", "posts.extra", "column exists but is not in the spec")]
    [InlineData("DROP INDEX posts_author_id_created_at_idx", "posts.posts_author_id_created_at_idx", "index is missing")]
    [InlineData("ALTER TABLE profiles ALTER COLUMN bio SET NOT NULL", "profiles.bio", "column is not null, expected nullable")]
    [InlineData("ALTER TABLE posts ALTER COLUMN title DROP NOT NULL", "posts.title", "column allows null, expected not null")]
    [InlineData("ALTER TYPE posts_status ADD VALUE 'hidden'", "posts_status", "enum type values (draft, published, hidden), expected (draft, published)")]
    [InlineData("ALTER TABLE posts ALTER COLUMN body TYPE varchar(100)", "posts.body", "column type character varying(100), expected text")]
    [InlineData("ALTER TABLE posts DROP CONSTRAINT posts_title_length", "posts.posts_title_length", "check is missing")]
    [InlineData("ALTER TABLE posts ALTER COLUMN id DROP IDENTITY", "posts.id", "column default none, expected identity")]
    [InlineData("CREATE TABLE stray (id integer)", "stray", "table exists but is not in the spec")]
    [InlineData("ALTER TABLE comments DROP CONSTRAINT comments_parent_id_fkey, ADD CONSTRAINT comments_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES comments (id)",
        "comments.comments_parent_id_fkey", "foreign key references comments(id) on delete no action, expected comments(id) on delete cascade")]
    [InlineData("DROP INDEX posts_title_body_idx; CREATE INDEX posts_title_body_idx ON posts USING gin (to_tsvector('simple', coalesce(title, '')))",
        "posts.posts_title_body_idx", "index is (fulltext(title)), expected (fulltext(title, body))")]
    public async Task A_manual_change_is_reported(string sql, string subject, string message)
    {
        await CreateAsync(BlogSchema.Schema);
        await ExecuteAsync(sql);

        var drift = await DriftAsync(BlogSchema.Schema);

        var found = Assert.Single(drift);
        Assert.Equal((subject, message), (found.Subject, found.Message));
    }

    [Fact]
    public async Task A_dropped_primary_key_is_reported()
    {
        await CreateAsync(BlogSchema.Schema);
        await ExecuteAsync("ALTER TABLE comments DROP CONSTRAINT comments_parent_id_fkey, DROP CONSTRAINT comments_pkey");

        var drift = await DriftAsync(BlogSchema.Schema);

        Assert.Equal(
            ["comments.comments_parent_id_fkey: foreign key is missing", "comments: primary key (), expected (id)"],
            drift.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }
}
