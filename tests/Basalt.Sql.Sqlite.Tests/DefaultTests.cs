using System.Globalization;
using System.Text.RegularExpressions;

namespace Basalt.Sql.Sqlite.Tests;

public sealed partial class DefaultTests : IAsyncLifetime
{
    private SqliteTestDatabase db = null!;

    public async Task InitializeAsync() => db = await SqliteTestDatabase.CreateAsync(TestSchemas.Blog);

    public async Task DisposeAsync() => await db.DisposeAsync();

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidV4();

    [Fact]
    public async Task Gen_random_uuid_fills_in_distinct_version_4_uuids()
    {
        for (var i = 0; i < 200; i++)
        {
            await db.ExecuteAsync($"INSERT INTO auth_users (email) VALUES ('u{i}@example.com')");
        }

        var ids = (await db.RowsAsync("SELECT id FROM auth_users")).Select(r => (string)r[0]!).ToArray();
        Assert.Equal(200, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(UuidV4(), id));
        // Over 200 ids every variant nibble (8, 9, a, b) shows up unless the expression pins it.
        Assert.Equal(4, ids.Select(id => id[19]).Distinct().Count());
    }

    [Fact]
    public async Task Now_fills_in_iso_8601_utc_text_and_literals_fill_in_as_typed()
    {
        await db.ExecuteAsync("INSERT INTO auth_users (id, email) VALUES ('7c9e6679-7425-40de-944b-e07fc1f90ae7', 'a@example.com')");
        await db.ExecuteAsync("INSERT INTO profiles (id, username) VALUES ('7c9e6679-7425-40de-944b-e07fc1f90ae7', 'alice')");
        await db.ExecuteAsync("INSERT INTO posts (author_id, title) VALUES ('7c9e6679-7425-40de-944b-e07fc1f90ae7', 't')");
        await db.ExecuteAsync("INSERT INTO samples DEFAULT VALUES");

        var post = (await db.RowsAsync("SELECT body, status, tags, views, created_at FROM posts")).Single();
        Assert.Equal(new object?[] { "", "draft", "[]", 0L }, post[..4]);
        var created = (string)post[4]!;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", created);
        Assert.Equal(DateTimeKind.Utc, DateTime.Parse(created, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal).Kind);

        var sample = (await db.RowsAsync("SELECT label, count, active, meta, uid, born, blob, typeof(active) FROM samples")).Single();
        Assert.Equal("it's", sample[0]);
        Assert.Equal(-3L, sample[1]);
        Assert.Equal(1L, sample[2]);
        Assert.Equal("{\"a\": [1, \"x\"]}", sample[3]);
        Assert.Matches(UuidV4(), (string)sample[4]!);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string)sample[5]!);
        Assert.Equal(new byte[] { 0x0a, 0xff }, sample[6]);
        Assert.Equal("integer", sample[7]);
    }

    [Fact]
    public async Task Auth_uid_has_no_database_default()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.ExecuteAsync("INSERT INTO posts (title) VALUES ('t')"));

        Assert.Contains("NOT NULL constraint failed: posts.author_id", error.Message, StringComparison.Ordinal);
    }
}
