using System.Text.RegularExpressions;

namespace Basalt.Sql.Conformance.Tests;

/// <summary>
/// The same failing statement on SQLite and on PostgreSQL gives the client the same SQLSTATE and status and, where
/// SQLite's message carries enough, the same message. Every row states both engines' messages, so the table is
/// also the list of the differences a client can see.
/// </summary>
public sealed class ErrorConformanceTests(EngineDatabases engines) : IClassFixture<EngineDatabases>
{
    /// <summary>In the PostgreSQL column: the message is identical to SQLite's.</summary>
    private const string? Same = null;

    private const string ForeignKey = "insert, update or delete violates a foreign key constraint";

    public static TheoryData<string, string, int, string, string?> Scenarios => new()
    {
        { "INSERT INTO authors (name) VALUES ('ann')", "23505", 409, "duplicate key value violates unique constraint \"authors_name_key\"", Same },
        { "INSERT INTO authors (id, name) VALUES (1, 'bob')", "23505", 409, "duplicate key value violates unique constraint \"authors_pkey\"", Same },
        { "INSERT INTO books (author_id, title) VALUES (1, 'First')", "23505", 409, "duplicate key value violates unique constraint \"books_author_id_title_key\"", Same },
        { "INSERT INTO books (author_id, title) VALUES (1, NULL)", "23502", 400, "null value in column \"title\" of relation \"books\" violates not-null constraint", Same },
        { "INSERT INTO books (author_id, title) VALUES (1, '')", "23514", 400, "new row for relation \"books\" violates check constraint \"books_title_length\"", Same },
        { "UPDATE books SET title = 'a title far too long for it'", "23514", 400, "new row for relation \"books\" violates check constraint \"books_title_length\"", Same },
        { "INSERT INTO authors (name, handle) VALUES ('bob', 'Bob!')", "23514", 400, "new row for relation \"authors\" violates check constraint \"authors_handle_pattern\"", Same },
        { "INSERT INTO books (author_id, title, pages) VALUES (1, 'x', 0)", "23514", 400, "new row for relation \"books\" violates check constraint \"books_pages_range\"", Same },
        { "INSERT INTO books (author_id, title, rating) VALUES (1, 'x', 3)", "23514", 400, "new row for relation \"books\" violates check constraint \"books_rating_check\"", Same },
        { "INSERT INTO books (author_id, title, meta) VALUES (1, 'x', '{bad json')", "22P02", 400, "invalid input syntax for type json", Same },
        { "INSERT INTO books (author_id, title, small) VALUES (1, 'x', 32768)", "22003", 400, "smallint out of range", Same },
        { "INSERT INTO books (author_id, title, copies) VALUES (1, 'x', 2147483648)", "22003", 400, "integer out of range", Same },
        { "INSERT INTO books (author_id, title, price) VALUES (1, 'x', 10000)", "22003", 400, "numeric field overflow", Same },
        { "INSERT INTO books (author_id, nope) VALUES (1, 'x')", "42703", 400, "column \"nope\" of relation \"books\" does not exist", Same },
        { "SELECT nope FROM books", "42703", 400, "column \"nope\" does not exist", Same },
        { "SELECT books.nope FROM books", "42703", 400, "column books.nope does not exist", Same },
        { "SELECT * FROM nope", "42P01", 404, "relation \"nope\" does not exist", Same },
        // PostgreSQL adds the value, which SQLite's message does not carry.
        { "INSERT INTO books (author_id, title, status) VALUES (1, 'x', 'archived')", "22P02", 400, "invalid input value for enum books_status", "invalid input value for enum books_status: \"archived\"" },
        { "INSERT INTO books (author_id, title, code) VALUES (1, 'x', 'not-a-uuid')", "22P02", 400, "invalid input syntax for type uuid", "invalid input syntax for type uuid: \"not-a-uuid\"" },
        { "INSERT INTO books (author_id, title, copies) VALUES (1, 'x', 'abc')", "22P02", 400, "invalid input syntax for type integer", "invalid input syntax for type integer: \"abc\"" },
        { "INSERT INTO books (author_id, title, flag) VALUES (1, 'x', '2')", "22P02", 400, "invalid input syntax for type boolean", "invalid input syntax for type boolean: \"2\"" },
        { "INSERT INTO books (author_id, title, tags) VALUES (1, 'x', 'not json')", "22P02", 400, "malformed array literal", "malformed array literal: \"not json\"" },
        { "INSERT INTO books (author_id, title, released) VALUES (1, 'x', 'not-a-date')", "22007", 400, "invalid input syntax for type date", "invalid input syntax for type date: \"not-a-date\"" },
        // SQLite names neither the table nor the key of a failed foreign key, nor the relation of an UPDATE's unknown column.
        { "INSERT INTO books (author_id, title) VALUES (99, 'x')", "23503", 409, ForeignKey, "insert or update on table \"books\" violates foreign key constraint \"books_author_id_fkey\"" },
        { "UPDATE books SET author_id = 99", "23503", 409, ForeignKey, "insert or update on table \"books\" violates foreign key constraint \"books_author_id_fkey\"" },
        { "DELETE FROM authors", "23503", 409, ForeignKey, "update or delete on table \"authors\" violates foreign key constraint \"books_author_id_fkey\" on table \"books\"" },
        { "DELETE FROM books", "23503", 409, ForeignKey, "update or delete on table \"books\" violates foreign key constraint \"reviews_book_id_fkey\" on table \"reviews\"" },
        { "UPDATE books SET nope = 1", "42703", 400, "column \"nope\" does not exist", "column \"nope\" of relation \"books\" does not exist" },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Both_engines_give_the_same_code_and_status(string sql, string code, int status, string sqliteMessage, string? postgresMessage)
    {
        var sqlite = await EngineDatabases.TranslatedFailureAsync(engines.Sqlite, sql);
        var postgres = await EngineDatabases.TranslatedFailureAsync(engines.Postgres, sql);

        Assert.Equal((code, status, sqliteMessage), (sqlite.Code, sqlite.Status(authenticated: true), sqlite.Message));
        Assert.Equal((code, status, postgresMessage ?? sqliteMessage), (postgres.Code, postgres.Status(authenticated: true), postgres.Message));
        Assert.Null(sqlite.Hint);
    }

    [Theory]
    [InlineData("INSERT INTO authors (name) VALUES ('ann')", "Key (name)=(ann) already exists.")]
    [InlineData("INSERT INTO books (author_id, title) VALUES (1, 'First')", "Key (author_id, title)=(1, First) already exists.")]
    public async Task A_duplicate_key_s_details_differ_only_by_the_value(string sql, string postgresDetails)
    {
        var sqlite = await EngineDatabases.TranslatedFailureAsync(engines.Sqlite, sql);
        var postgres = await EngineDatabases.TranslatedFailureAsync(engines.Postgres, sql);

        Assert.Equal(postgresDetails, postgres.Details);
        Assert.Equal(Regex.Replace(postgresDetails, @"\)=\(.*\) already", ") already"), sqlite.Details);
    }
}
