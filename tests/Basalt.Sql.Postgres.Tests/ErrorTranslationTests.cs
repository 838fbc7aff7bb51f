using Basalt.Spec.Schema;
using Basalt.Spec.Settings;
using Basalt.Sql.Errors;
using Basalt.Sql.Postgres.Tests.Support;
using Basalt.Testing;
using Npgsql;

namespace Basalt.Sql.Postgres.Tests;

/// <summary>
/// PostgreSQL's errors reach the client as PostgREST forwards them: SQLSTATE, message, detail and hint, with
/// PostgREST's status, and never the statement. Errors about the server rather than the request are not translated.
/// </summary>
public sealed class ErrorTranslationTests : PostgresTest
{
    private const string User = "0b6f3c1e-5d2a-4c8b-9e7f-1a2b3c4d5e6f";
    private const string Other = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    /// <summary>The test server trusts loopback and ignores it; it is in the URL only so that a leak would show.</summary>
    private const string Password = "s3cret-pw";

    private static readonly TableName SamplesName = TableName.Public("samples");

    /// <summary>One column per kind of rule, all nullable and without time defaults, so a failing row reads the same every run.</summary>
    private static readonly TableSchema Samples = new(SamplesName,
    [
        new ColumnSchema("id", Types.Integer),
        new ColumnSchema("small", Types.SmallInt) { Nullable = true },
        new ColumnSchema("int", Types.Integer) { Nullable = true },
        new ColumnSchema("flag", Types.Boolean) { Nullable = true },
        new ColumnSchema("day", Types.Of(ColumnKind.Date)) { Nullable = true },
        new ColumnSchema("doc", Types.Of(ColumnKind.Jsonb)) { Nullable = true },
        new ColumnSchema("list", Types.ArrayOf(ColumnKind.Text)) { Nullable = true },
        new ColumnSchema("price", Types.Numeric(6, 2)) { Nullable = true },
        new ColumnSchema("ratio", Types.Of(ColumnKind.Double)) { Nullable = true, Min = 0, Max = 1 },
        new ColumnSchema("code", Types.Uuid) { Nullable = true },
        new ColumnSchema("rating", Types.Integer) { Nullable = true, Check = "rating % 2 = 0" },
        new ColumnSchema("nick", Types.Text) { Nullable = true, Pattern = "^[a-z]+$", MaxLength = 5 },
        new ColumnSchema("mood", Types.Enum("happy", "sad")) { Nullable = true },
    ])
    {
        PrimaryKey = ["id"],
    };

    /// <summary>A review holds on to its sample (RESTRICT) and to its post (NO ACTION).</summary>
    private static readonly TableSchema Reviews = new(TableName.Public("reviews"),
    [
        new ColumnSchema("id", Types.Integer),
        new ColumnSchema("sample_id", Types.Integer),
        new ColumnSchema("post_id", Types.BigInt) { Nullable = true },
    ])
    {
        PrimaryKey = ["id"],
        ForeignKeys =
        [
            new ForeignKey("reviews_sample_id_fkey", ["sample_id"], SamplesName, ["id"], ReferentialAction.Restrict),
            new ForeignKey("reviews_post_id_fkey", ["post_id"], BlogSchema.Posts, ["id"]),
        ],
    };

    private static readonly DatabaseSchema Schema = new([.. BlogSchema.Schema.Tables, Samples, Reviews]);

    public static TheoryData<string, string, string, string?, int> Errors => new()
    {
        // keys
        { $"INSERT INTO profiles (id, username) VALUES ('{Other}', 'alice')", "23505", "duplicate key value violates unique constraint \"profiles_username_key\"", "Key (username)=(alice) already exists.", 409 },
        { $"INSERT INTO auth.users (id) VALUES ('{User}')", "23505", "duplicate key value violates unique constraint \"auth_users_pkey\"", $"Key (id)=({User}) already exists.", 409 },
        { "INSERT INTO auth.users (id, email) VALUES (gen_random_uuid(), 'a@example.com')", "23505", "duplicate key value violates unique constraint \"auth_users_email_key\"", "Key (email)=(a@example.com) already exists.", 409 },
        { $"INSERT INTO posts (id, author_id, title) VALUES (1, '{User}', 'again')", "23505", "duplicate key value violates unique constraint \"posts_pkey\"", "Key (id)=(1) already exists.", 409 },
        { $"INSERT INTO posts (author_id, title) VALUES ('{Other}', 'orphan')", "23503", "insert or update on table \"posts\" violates foreign key constraint \"posts_author_id_fkey\"", $"Key (author_id)=({Other}) is not present in table \"profiles\".", 409 },
        { $"UPDATE posts SET author_id = '{Other}'", "23503", "insert or update on table \"posts\" violates foreign key constraint \"posts_author_id_fkey\"", $"Key (author_id)=({Other}) is not present in table \"profiles\".", 409 },
        { "DELETE FROM samples", "23503", "update or delete on table \"samples\" violates foreign key constraint \"reviews_sample_id_fkey\" on table \"reviews\"", "Key (id)=(1) is still referenced from table \"reviews\".", 409 },
        { "DELETE FROM posts", "23503", "update or delete on table \"posts\" violates foreign key constraint \"reviews_post_id_fkey\" on table \"reviews\"", "Key (id)=(1) is still referenced from table \"reviews\".", 409 },
        // nullability and rules
        { $"INSERT INTO profiles (id, username) VALUES ('{Other}', NULL)", "23502", "null value in column \"username\" of relation \"profiles\" violates not-null constraint", $"Failing row contains ({Other}, null, null).", 400 },
        { "INSERT INTO samples (id, nick) VALUES (2, 'abcdef')", "23514", "new row for relation \"samples\" violates check constraint \"samples_nick_length\"", Failing(("nick", "abcdef")), 400 },
        { "INSERT INTO samples (id, nick) VALUES (2, 'Ab')", "23514", "new row for relation \"samples\" violates check constraint \"samples_nick_pattern\"", Failing(("nick", "Ab")), 400 },
        { "INSERT INTO samples (id, ratio) VALUES (2, 1.5)", "23514", "new row for relation \"samples\" violates check constraint \"samples_ratio_range\"", Failing(("ratio", "1.5")), 400 },
        { "INSERT INTO samples (id, rating) VALUES (2, 3)", "23514", "new row for relation \"samples\" violates check constraint \"samples_rating_check\"", Failing(("rating", "3")), 400 },
        // values not of the column's type
        { "INSERT INTO samples (id, mood) VALUES (2, 'angry')", "22P02", "invalid input value for enum samples_mood: \"angry\"", null, 400 },
        { "INSERT INTO samples (id, code) VALUES (2, 'not-a-uuid')", "22P02", "invalid input syntax for type uuid: \"not-a-uuid\"", null, 400 },
        { "INSERT INTO samples (id, int) VALUES (2, 'abc')", "22P02", "invalid input syntax for type integer: \"abc\"", null, 400 },
        { "INSERT INTO samples (id, flag) VALUES (2, '2')", "22P02", "invalid input syntax for type boolean: \"2\"", null, 400 },
        { "INSERT INTO samples (id, doc) VALUES (2, '{bad json')", "22P02", "invalid input syntax for type json", "Token \"bad\" is invalid.", 400 },
        { "INSERT INTO samples (id, list) VALUES (2, 'not json')", "22P02", "malformed array literal: \"not json\"", "Array value must start with \"{\" or dimension information.", 400 },
        { "INSERT INTO samples (id, day) VALUES (2, 'not-a-date')", "22007", "invalid input syntax for type date: \"not-a-date\"", null, 400 },
        { "INSERT INTO samples (id, day) VALUES (2, '2024-02-30')", "22008", "date/time field value out of range: \"2024-02-30\"", null, 400 },
        { "INSERT INTO samples (id, small) VALUES (2, 32768)", "22003", "smallint out of range", null, 400 },
        { "INSERT INTO samples (id, int) VALUES (2, 2147483648)", "22003", "integer out of range", null, 400 },
        { "INSERT INTO samples (id, price) VALUES (2, 10000)", "22003", "numeric field overflow", "A field with precision 6, scale 2 must round to an absolute value less than 10^4.", 400 },
        // names the database lacks
        { "INSERT INTO posts (author_id, nope) VALUES (NULL, 1)", "42703", "column \"nope\" of relation \"posts\" does not exist", null, 400 },
        { "UPDATE posts SET nope = 1", "42703", "column \"nope\" of relation \"posts\" does not exist", null, 400 },
        { "SELECT nope FROM posts", "42703", "column \"nope\" does not exist", null, 400 },
        { "SELECT * FROM nope", "42P01", "relation \"nope\" does not exist", null, 404 },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task A_refused_statement_passes_postgresql_s_error_through(string sql, string code, string message, string? details, int status)
    {
        await CreateSeededAsync();

        var error = await TranslatedAsync(sql);

        Assert.Equal((code, message, details, null), (error.Code, error.Message, error.Details, error.Hint));
        Assert.Equal(status, error.Status(authenticated: true));
        foreach (var leak in new[] { "INSERT", "SELECT", "UPDATE", "DELETE", "VALUES", "Npgsql", "Include Error Detail", Password, new Uri(Url).Authority })
        {
            Assert.DoesNotContain(leak, error.Message + error.Details, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PostgreSQL_s_hint_is_passed_on()
    {
        await CreateSeededAsync();

        var error = await TranslatedAsync("SELECT posts.titel FROM posts");

        Assert.Equal(new DatabaseError("42703", "column posts.titel does not exist", null, "Perhaps you meant to reference the column \"posts.title\"."), error);
    }

    [Fact]
    public async Task A_relation_outside_public_is_named_without_its_schema()
    {
        await CreateSeededAsync();

        var error = await TranslatedAsync("INSERT INTO auth.users (id) VALUES (NULL)");

        Assert.Equal(("23502", "null value in column \"id\" of relation \"users\" violates not-null constraint"), (error.Code, error.Message));
    }

    [Fact]
    public async Task A_statement_timeout_is_about_the_statement_and_is_translated()
    {
        await CreateSeededAsync();

        var error = await TranslatedAsync("SET statement_timeout = 1; SELECT pg_sleep(1)");

        Assert.Equal(("57014", "canceling statement due to statement timeout", 500), (error.Code, error.Message, error.Status(authenticated: true)));
    }

    [Fact]
    public async Task A_syntax_error_comes_from_a_bug_and_is_not_translated()
    {
        var thrown = await FailsAsync("SELEC 1");

        Assert.Equal("42601", thrown.SqlState);
        Assert.Null(Dialect.TranslateError(thrown, Schema));
    }

    [Fact]
    public async Task A_malformed_full_text_query_is_the_clients_and_is_translated()
    {
        // The query text is a parameter, as the REST renderer sends it: the message quotes the client's words only.
        var thrown = await FailsAsync("SELECT to_tsvector('english', 'a night') @@ to_tsquery('english', 'night:{')");

        var error = Dialect.TranslateError(thrown, Schema);

        Assert.NotNull(error);
        Assert.Equal(("42601", 400), (error.Code, error.Status(authenticated: true)));
        Assert.StartsWith("syntax error in tsquery: \"night:{\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_is_not_translated()
    {
        // Port 1 on loopback: nothing listens, so the driver fails before PostgreSQL says anything.
        await using var database = Dialect.Connect(new DatabaseSettings(DatabaseProvider.Postgres, "postgres://basalt:s3cret-pw@127.0.0.1:1/none?connect_timeout=5"));

        var thrown = await Assert.ThrowsAnyAsync<NpgsqlException>(() => database.OpenAsync());

        Assert.Null(Dialect.TranslateError(thrown, Schema));
    }

    [Fact]
    public async Task A_missing_database_is_a_server_error_that_is_not_translated()
    {
        var url = new UriBuilder(TestPostgres.AdminUrl) { Path = "/basalt_no_such_database", Password = "s3cret-pw" }.Uri.ToString();
        await using var database = Dialect.Connect(new DatabaseSettings(DatabaseProvider.Postgres, url));

        var thrown = await Assert.ThrowsAsync<PostgresException>(() => database.OpenAsync());

        Assert.Equal("3D000", thrown.SqlState);
        Assert.Null(Dialect.TranslateError(thrown, Schema));
    }

    [Fact]
    public void An_exception_that_is_not_postgresql_s_is_not_translated()
    {
        Assert.Null(Dialect.TranslateError(new InvalidOperationException("duplicate key value"), Schema));
        Assert.Null(Dialect.TranslateError(new TimeoutException(), Schema));
    }

    private async Task CreateSeededAsync()
    {
        await CreateAsync(Schema);
        await ExecuteAsync($"""
            INSERT INTO auth.users (id, email) VALUES ('{User}', 'a@example.com'), ('{Other}', 'b@example.com');
            INSERT INTO profiles (id, username) VALUES ('{User}', 'alice');
            INSERT INTO posts (author_id, title) VALUES ('{User}', 'first');
            INSERT INTO samples (id) VALUES (1);
            INSERT INTO reviews (id, sample_id, post_id) VALUES (1, 1, 1);
            """);
    }

    /// <summary>Runs SQL that must fail over a connection whose URL holds a password, and translates the error.</summary>
    private async Task<DatabaseError> TranslatedAsync(string sql)
    {
        var url = new UriBuilder(Url) { Password = Password }.Uri.ToString();
        await using var database = Dialect.Connect(new DatabaseSettings(DatabaseProvider.Postgres, url));
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var thrown = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        return Dialect.TranslateError(thrown, Schema) ?? throw new Xunit.Sdk.XunitException($"not translated: {thrown.SqlState}");
    }

    /// <summary>PostgreSQL's details for a refused samples row with id 2: every column, null but those given.</summary>
    private static string Failing(params (string Column, string Value)[] values) =>
        "Failing row contains (" + string.Join(", ", Samples.Columns.Select(c =>
            c.Name == "id" ? "2" : values.FirstOrDefault(v => v.Column == c.Name).Value ?? "null")) + ").";
}
