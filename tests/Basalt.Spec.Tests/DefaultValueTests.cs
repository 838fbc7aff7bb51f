using Basalt.Spec.Schema;

namespace Basalt.Spec.Tests;

/// <summary>Literal defaults are checked against the column type and kept as JSON text; function forms become their kinds.</summary>
public sealed class DefaultValueTests
{
    private const string Head = "name: app\ntables:\n  t:\n    columns:\n      id: { type: bigint, primary: true }\n";

    [Theory]
    [InlineData("text", "draft", "\"draft\"")]
    [InlineData("text", "\"\"", "\"\"")]
    [InlineData("text", "0", "\"0\"")]
    [InlineData("text", "'é \"quoted\" <b>'", "\"é \\\"quoted\\\" <b>\"")]
    [InlineData("integer", "0", "0")]
    [InlineData("integer", "-2147483648", "-2147483648")]
    [InlineData("smallint", "+7", "7")]
    [InlineData("bigint", "9223372036854775807", "9223372036854775807")]
    [InlineData("numeric", "1.50", "1.50")]
    [InlineData("double", "1e3", "1000")]
    [InlineData("real", "-0.25", "-0.25")]
    [InlineData("boolean", "true", "true")]
    [InlineData("boolean", "False", "false")]
    [InlineData("uuid", "123E4567-E89B-12D3-A456-426614174000", "\"123e4567-e89b-12d3-a456-426614174000\"")]
    [InlineData("date", "2024-02-29", "\"2024-02-29\"")]
    [InlineData("time", "09:30", "\"09:30\"")]
    [InlineData("time", "23:59:59.5", "\"23:59:59.5\"")]
    [InlineData("timestamp", "2024-01-31 12:00:00", "\"2024-01-31 12:00:00\"")]
    [InlineData("timestamptz", "2024-01-31T12:00:00+02:00", "\"2024-01-31T12:00:00+02:00\"")]
    [InlineData("json", "{ a: 1, b: [x, \"2\", true, null] }", "{\"a\":1,\"b\":[\"x\",\"2\",true,null]}")]
    [InlineData("jsonb", "[]", "[]")]
    [InlineData("jsonb", "\"a string\"", "\"a string\"")]
    [InlineData("\"integer[]\"", "[1, 2, 3]", "[1,2,3]")]
    [InlineData("\"text[]\"", "[]", "[]")]
    [InlineData("\"date[]\"", "[2024-01-01]", "[\"2024-01-01\"]")]
    public void A_literal_is_kept_as_json_text(string type, string literal, string json)
    {
        var column = Column($"{{ type: {type}, default: {literal} }}");

        Assert.Equal(ColumnDefault.Literal(json), column.Default);
    }

    [Fact]
    public void An_enum_default_is_one_of_its_values()
    {
        Assert.Equal(ColumnDefault.Literal("\"published\""), Column("{ type: enum, values: [draft, published], default: published }").Default);
    }

    [Theory]
    [InlineData("timestamptz", "now()", DefaultKind.Now)]
    [InlineData("timestamp", "NOW()", DefaultKind.Now)]
    [InlineData("date", "now()", DefaultKind.Now)]
    [InlineData("time", "now( )", DefaultKind.Now)]
    [InlineData("uuid", "auth.uid()", DefaultKind.AuthUid)]
    [InlineData("uuid", "gen_random_uuid()", DefaultKind.GenRandomUuid)]
    [InlineData("timestamptz", "\"now()\"", DefaultKind.Now)]
    public void A_function_form_becomes_its_kind(string type, string call, DefaultKind kind)
    {
        Assert.Equal(new ColumnDefault(kind), Column($"{{ type: {type}, default: {call} }}").Default);
    }

    [Fact]
    public void Null_on_a_nullable_column_is_no_default()
    {
        Assert.Null(Column("{ type: text, nullable: true, default: null }").Default);
    }

    [Fact]
    public void A_text_default_satisfying_length_and_pattern_is_accepted()
    {
        Assert.Equal(ColumnDefault.Literal("\"abc\""), Column("{ type: text, min_length: 3, max_length: 3, pattern: \"^[a-c]+$\", default: abc }").Default);
    }

    [Fact]
    public void A_text_default_breaking_the_pattern_is_an_error()
    {
        SpecAssert.SingleError(Head + "      c: { type: text, pattern: \"^[a-c]+$\", default: abd }\n",
            6, 54, "tables.t.columns.c.default", "default 'abd' does not match the pattern");
    }

    [Fact]
    public void A_bytea_column_takes_no_literal()
    {
        SpecAssert.SingleError(Head + "      c: { type: bytea, default: abc }\n",
            6, 34, "tables.t.columns.c.default", "a bytea column cannot have a literal default");
    }

    private static ColumnSchema Column(string definition) =>
        SpecAssert.Valid(Head + $"      c: {definition}\n").Schema.Find("t")!.Column("c");
}
