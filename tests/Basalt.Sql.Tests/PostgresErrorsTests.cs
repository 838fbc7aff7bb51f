using Basalt.Spec.Schema;
using Basalt.Sql.Errors;

namespace Basalt.Sql.Tests;

/// <summary>The wording another engine borrows from PostgreSQL: each builder's text is PostgreSQL's, less what it cannot know.</summary>
public sealed class PostgresErrorsTests
{
    private static readonly TableName Posts = TableName.Public("posts");
    private static readonly TableName Users = new("auth", "users");

    [Fact]
    public void Unique_violation_names_the_constraint_and_the_key_without_its_value()
    {
        Assert.Equal(
            new DatabaseError("23505", "duplicate key value violates unique constraint \"books_author_id_title_key\"", "Key (author_id, title) already exists.", null),
            PostgresErrors.UniqueViolation("books_author_id_title_key", ["author_id", "title"]));
        Assert.Equal(new DatabaseError("23505", "duplicate key value violates a unique constraint", null, null), PostgresErrors.UniqueViolation(null, []));
    }

    [Fact]
    public void Check_violation_leaves_out_what_is_unknown()
    {
        Assert.Equal("new row for relation \"posts\" violates check constraint \"posts_title_length\"", PostgresErrors.CheckViolation("posts", "posts_title_length").Message);
        Assert.Equal("new row violates check constraint \"x_positive\"", PostgresErrors.CheckViolation(null, "x_positive").Message);
        Assert.Equal("new row violates a check constraint", PostgresErrors.CheckViolation(null, null).Message);
    }

    [Theory]
    [InlineData(ColumnKind.Integer, false, "22P02", "invalid input syntax for type integer")]
    [InlineData(ColumnKind.SmallInt, false, "22P02", "invalid input syntax for type smallint")]
    [InlineData(ColumnKind.Double, false, "22P02", "invalid input syntax for type double precision")]
    [InlineData(ColumnKind.Real, false, "22P02", "invalid input syntax for type real")]
    [InlineData(ColumnKind.Numeric, false, "22P02", "invalid input syntax for type numeric")]
    [InlineData(ColumnKind.Boolean, false, "22P02", "invalid input syntax for type boolean")]
    [InlineData(ColumnKind.Uuid, false, "22P02", "invalid input syntax for type uuid")]
    [InlineData(ColumnKind.Json, false, "22P02", "invalid input syntax for type json")]
    [InlineData(ColumnKind.Jsonb, false, "22P02", "invalid input syntax for type json")]
    [InlineData(ColumnKind.Bytea, false, "22P02", "invalid input syntax for type bytea")]
    [InlineData(ColumnKind.Date, false, "22007", "invalid input syntax for type date")]
    [InlineData(ColumnKind.Time, false, "22007", "invalid input syntax for type time")]
    [InlineData(ColumnKind.Timestamp, false, "22007", "invalid input syntax for type timestamp")]
    [InlineData(ColumnKind.TimestampTz, false, "22007", "invalid input syntax for type timestamp with time zone")]
    [InlineData(ColumnKind.Integer, true, "22P02", "malformed array literal")]
    public void A_value_not_of_the_column_s_type_is_worded_as_postgresql_s_input_error(ColumnKind kind, bool array, string code, string message)
    {
        var error = PostgresErrors.InvalidValue(Posts, new ColumnSchema("c", new ColumnType(kind, array)));

        Assert.Equal((code, message), (error.Code, error.Message));
    }

    [Fact]
    public void An_enum_value_names_the_enum_type_qualified_outside_public()
    {
        var status = new ColumnSchema("status", new ColumnType(ColumnKind.Enum, EnumValues: ["draft"]));
        var role = new ColumnSchema("role", new ColumnType(ColumnKind.Enum, EnumValues: ["admin"]));

        Assert.Equal("invalid input value for enum posts_status", PostgresErrors.InvalidValue(Posts, status).Message);
        Assert.Equal("invalid input value for enum auth.auth_users_role", PostgresErrors.InvalidValue(Users, role).Message);
    }

    [Fact]
    public void Undefined_column_has_postgresql_s_three_forms()
    {
        Assert.Equal("column \"nope\" of relation \"posts\" does not exist", PostgresErrors.UndefinedColumn("nope", "posts").Message);
        Assert.Equal("column \"nope\" does not exist", PostgresErrors.UndefinedColumn("nope").Message);
        Assert.Equal("column posts.nope does not exist", PostgresErrors.UndefinedColumn("nope", qualifier: "posts").Message);
        Assert.Equal(("42P01", "relation \"nope\" does not exist"), (PostgresErrors.UndefinedTable("nope").Code, PostgresErrors.UndefinedTable("nope").Message));
    }
}
