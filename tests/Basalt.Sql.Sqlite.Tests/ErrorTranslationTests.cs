using Basalt.Spec.Schema;
using Basalt.Sql.Errors;
using Microsoft.Data.Sqlite;

namespace Basalt.Sql.Sqlite.Tests;

/// <summary>
/// Each error a request can cause, provoked by a real statement on a real file, comes back as PostgreSQL's SQLSTATE
/// and wording with PostgREST's status; what SQLite cannot know (the value, the failing row) is left out.
/// </summary>
public sealed class ErrorTranslationTests : IAsyncLifetime
{
    private const string UserId = "0b6f3c1e-5d2a-4c8b-9e7f-1a2b3c4d5e6f";
    private const string OtherUserId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    /// <summary>Reviews hold on to their post: deleting a reviewed post is refused (RESTRICT).</summary>
    private static readonly TableSchema Reviews = new(TableName.Public("reviews"),
    [
        TestSchemas.Identity(),
        TestSchemas.Col("post_id", ColumnKind.BigInt),
    ])
    {
        PrimaryKey = ["id"],
        ForeignKeys = [TestSchemas.Fk(TableName.Public("reviews"), "post_id", TestSchemas.Posts, ReferentialAction.Restrict)],
    };

    private static readonly DatabaseSchema Schema = new([.. TestSchemas.Blog.Tables, Reviews]);

    private SqliteTestDatabase db = null!;

    public async Task InitializeAsync()
    {
        db = await SqliteTestDatabase.CreateAsync(Schema);
        await db.ExecuteAsync($"INSERT INTO auth_users (id, email) VALUES ('{UserId}', 'a@example.com'), ('{OtherUserId}', 'b@example.com')");
        await db.ExecuteAsync($"INSERT INTO profiles (id, username) VALUES ('{UserId}', 'alice')");
        await db.ExecuteAsync($"INSERT INTO posts (author_id, title) VALUES ('{UserId}', 'first')");
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    public static TheoryData<string, string, string, string?, int> Errors => new()
    {
        // keys
        { $"INSERT INTO profiles (id, username) VALUES ('{OtherUserId}', 'alice')", "23505", "duplicate key value violates unique constraint \"profiles_username_key\"", "Key (username) already exists.", 409 },
        { $"INSERT INTO auth_users (id) VALUES ('{UserId}')", "23505", "duplicate key value violates unique constraint \"auth_users_pkey\"", "Key (id) already exists.", 409 },
        { "INSERT INTO auth_users (id, email) VALUES ('11111111-1111-4111-8111-111111111111', 'a@example.com')", "23505", "duplicate key value violates unique constraint \"auth_users_email_key\"", "Key (email) already exists.", 409 },
        { $"INSERT INTO posts (id, author_id, title) VALUES (1, '{UserId}', 'again')", "23505", "duplicate key value violates unique constraint \"posts_pkey\"", "Key (id) already exists.", 409 },
        { $"INSERT INTO posts (author_id, title) VALUES ('{OtherUserId}', 'orphan')", "23503", "insert, update or delete violates a foreign key constraint", null, 409 },
        { "DELETE FROM profiles", "23503", "insert, update or delete violates a foreign key constraint", null, 409 },
        { "UPDATE posts SET author_id = '" + OtherUserId + "'", "23503", "insert, update or delete violates a foreign key constraint", null, 409 },
        // nullability and rules
        { $"INSERT INTO posts (author_id, title) VALUES ('{UserId}', NULL)", "23502", "null value in column \"title\" of relation \"posts\" violates not-null constraint", null, 400 },
        { "INSERT INTO auth_users (id) VALUES (NULL)", "23502", "null value in column \"id\" of relation \"users\" violates not-null constraint", null, 400 },
        { "UPDATE posts SET title = printf('%.201c', 'x')", "23514", "new row for relation \"posts\" violates check constraint \"posts_title_length\"", null, 400 },
        { $"INSERT INTO profiles (id, username) VALUES ('{OtherUserId}', 'Bob!')", "23514", "new row for relation \"profiles\" violates check constraint \"profiles_username_pattern\"", null, 400 },
        { "INSERT INTO samples (ratio) VALUES (1.5)", "23514", "new row for relation \"samples\" violates check constraint \"samples_ratio_range\"", null, 400 },
        { "INSERT INTO samples (rating) VALUES (3)", "23514", "new row for relation \"samples\" violates check constraint \"samples_rating_check\"", null, 400 },
        { "INSERT INTO samples (scores) VALUES ('[1, 2, 3, 4]')", "23514", "new row for relation \"samples\" violates check constraint \"samples_scores_length\"", null, 400 },
        // values not of the column's type
        { $"INSERT INTO posts (author_id, title, status) VALUES ('{UserId}', 't', 'archived')", "22P02", "invalid input value for enum posts_status", null, 400 },
        { "INSERT INTO samples (code) VALUES ('not-a-uuid')", "22P02", "invalid input syntax for type uuid", null, 400 },
        { "INSERT INTO samples (int) VALUES ('abc')", "22P02", "invalid input syntax for type integer", null, 400 },
        { "INSERT INTO samples (ratio) VALUES ('abc')", "22P02", "invalid input syntax for type double precision", null, 400 },
        { "INSERT INTO samples (flag) VALUES (2)", "22P02", "invalid input syntax for type boolean", null, 400 },
        { "INSERT INTO samples (doc) VALUES ('{bad json')", "22P02", "invalid input syntax for type json", null, 400 },
        { "INSERT INTO samples (list) VALUES ('not json')", "22P02", "malformed array literal", null, 400 },
        { "INSERT INTO samples (data) VALUES ('text')", "22P02", "invalid input syntax for type bytea", null, 400 },
        { "INSERT INTO samples (id) VALUES ('abc')", "22P02", "invalid input syntax for type integer", null, 400 },
        { "INSERT INTO samples (day) VALUES ('2024-02-30')", "22007", "invalid input syntax for type date", null, 400 },
        { "INSERT INTO samples (at) VALUES ('noon')", "22007", "invalid input syntax for type time", null, 400 },
        { "INSERT INTO samples (stamp) VALUES ('yesterday-ish')", "22007", "invalid input syntax for type timestamp", null, 400 },
        { "INSERT INTO samples (small) VALUES (32768)", "22003", "smallint out of range", null, 400 },
        { "INSERT INTO samples (int) VALUES (2147483648)", "22003", "integer out of range", null, 400 },
        { "INSERT INTO samples (price) VALUES (10000)", "22003", "numeric field overflow", "A field with precision 6, scale 2 must have an absolute value less than 10^4 and at most 2 digits after the point.", 400 },
        { "INSERT INTO samples (price) VALUES (1.234)", "22003", "numeric field overflow", "A field with precision 6, scale 2 must have an absolute value less than 10^4 and at most 2 digits after the point.", 400 },
        // names the database lacks
        { "INSERT INTO posts (author_id, nope) VALUES ('x', 1)", "42703", "column \"nope\" of relation \"posts\" does not exist", null, 400 },
        { "SELECT nope FROM posts", "42703", "column \"nope\" does not exist", null, 400 },
        { "SELECT posts.nope FROM posts", "42703", "column posts.nope does not exist", null, 400 },
        { "UPDATE posts SET nope = 1", "42703", "column \"nope\" does not exist", null, 400 },
        { "SELECT * FROM nope", "42P01", "relation \"nope\" does not exist", null, 404 },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task A_refused_statement_becomes_postgresql_s_error(string sql, string code, string message, string? details, int status)
    {
        var error = await TranslatedAsync(sql);

        Assert.Equal((code, message, details, null), (error.Code, error.Message, error.Details, error.Hint));
        Assert.Equal(status, error.Status(authenticated: true));
        // Upper case: SQL as Basalt writes it. PostgreSQL's own words include "insert or update on table".
        foreach (var leak in new[] { "INSERT", "SELECT", "UPDATE", "DELETE", "VALUES", "SQLite", db.Folder, Path.GetTempPath() })
        {
            Assert.DoesNotContain(leak, error.Message + error.Details, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Deleting_a_row_referenced_under_restrict_is_a_foreign_key_violation()
    {
        await db.ExecuteAsync("INSERT INTO reviews (post_id) VALUES (1)");

        var error = await TranslatedAsync("DELETE FROM posts");

        Assert.Equal(("23503", 409), (error.Code, error.Status(authenticated: false)));
    }

    [Fact]
    public async Task A_unique_key_over_two_columns_is_found_by_its_columns()
    {
        var pairs = new TableSchema(TableName.Public("pairs"), [TestSchemas.Col("a", ColumnKind.Integer), TestSchemas.Col("b", ColumnKind.Integer)])
        {
            Uniques = [new UniqueConstraint("pairs_a_b_key", ["a", "b"])],
        };
        await using var pairsDb = await SqliteTestDatabase.CreateAsync(new DatabaseSchema([pairs]));
        await pairsDb.ExecuteAsync("INSERT INTO pairs (a, b) VALUES (1, 2)");

        var thrown = await Assert.ThrowsAsync<SqliteException>(() => pairsDb.ExecuteAsync("INSERT INTO pairs (a, b) VALUES (1, 2)"));
        var error = SqliteDialect.Instance.TranslateError(thrown, new DatabaseSchema([pairs]));

        Assert.Equal(new DatabaseError("23505", "duplicate key value violates unique constraint \"pairs_a_b_key\"", "Key (a, b) already exists.", null), error);
    }

    [Fact]
    public async Task A_check_the_schema_does_not_know_is_a_check_violation_that_never_repeats_its_expression()
    {
        await db.ExecuteAsync("CREATE TABLE extra (n INTEGER CHECK (n > 0)) STRICT");

        var error = await TranslatedAsync("INSERT INTO extra (n) VALUES (-1)");

        Assert.Equal(new DatabaseError("23514", "new row violates a check constraint", null, null), error);
    }

    [Theory]
    [InlineData("SELEC 1")]
    [InlineData("SELECT nosuchfunction(1)")]
    public async Task A_statement_only_a_bug_can_produce_is_not_translated(string sql)
    {
        var thrown = await Assert.ThrowsAsync<SqliteException>(() => db.ExecuteAsync(sql));

        Assert.Null(SqliteDialect.Instance.TranslateError(thrown, Schema));
    }

    [Fact]
    public async Task A_connection_failure_is_not_translated()
    {
        var missing = Path.Combine(db.Folder, "no-such-folder", "app.db");
        await using var connection = new SqliteConnection($"Data Source={missing};Mode=ReadOnly");

        var thrown = await Assert.ThrowsAsync<SqliteException>(() => connection.OpenAsync());

        Assert.Null(SqliteDialect.Instance.TranslateError(thrown, Schema));
    }

    [Fact]
    public void An_exception_that_is_not_sqlite_s_is_not_translated()
    {
        Assert.Null(SqliteDialect.Instance.TranslateError(new InvalidOperationException("UNIQUE constraint failed: posts.title"), Schema));
        Assert.Null(SqliteDialect.Instance.TranslateError(new IOException("disk full"), Schema));
    }

    private async Task<DatabaseError> TranslatedAsync(string sql)
    {
        var thrown = await Assert.ThrowsAsync<SqliteException>(() => db.ExecuteAsync(sql));
        return SqliteDialect.Instance.TranslateError(thrown, Schema)
            ?? throw new Xunit.Sdk.XunitException($"not translated: {thrown.Message}");
    }
}
