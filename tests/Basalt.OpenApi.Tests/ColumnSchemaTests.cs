using System.Text.Json;

namespace Basalt.OpenApi.Tests;

public sealed class ColumnSchemaTests
{
    private static readonly GeneratedDocument Types = GeneratedDocument.ForYaml(TestSpecs.EveryType);

    private static JsonElement Column(string name) => Types.Schema("things").GetProperty("properties").GetProperty(name);

    [Theory]
    [InlineData("t", "string", null)]
    [InlineData("i", "integer", "int32")]
    [InlineData("b", "integer", "int64")]
    [InlineData("s", "integer", "int16")]
    [InlineData("r", "number", "float")]
    [InlineData("d", "number", "double")]
    [InlineData("n", "number", "decimal")]
    [InlineData("flag", "boolean", null)]
    [InlineData("u", "string", "uuid")]
    [InlineData("day", "string", "date")]
    [InlineData("at", "string", "time without time zone")]
    [InlineData("local", "string", "timestamp without time zone")]
    [InlineData("stamp", "string", "date-time")]
    [InlineData("raw", "string", null)]
    [InlineData("mood", "string", null)]
    [InlineData("tags", "array", null)]
    public void Each_type_has_its_json_type_and_format(string column, string type, string? format)
    {
        var schema = Column(column);

        Assert.Contains(type, GeneratedDocument.Types(schema));
        Assert.Equal(format, schema.TryGetProperty("format", out var f) ? f.GetString() : null);
    }

    [Theory]
    [InlineData("doc")]
    [InlineData("docb")]
    public void A_json_column_takes_any_json_value(string column) => Assert.Empty(GeneratedDocument.Types(Column(column)));

    [Fact]
    public void Nullable_columns_are_3_1_type_arrays_with_null()
    {
        Assert.Equal(["integer", "null"], GeneratedDocument.Types(Column("b")));
        Assert.Equal(["null", "string"], GeneratedDocument.Types(Column("day")));
        Assert.Equal(["array", "null"], GeneratedDocument.Types(Column("numbers")));
        Assert.Equal(["string"], GeneratedDocument.Types(Column("t")));
        Assert.False(Column("t").TryGetProperty("nullable", out _));
    }

    [Fact]
    public void Enum_values_are_listed_and_a_nullable_enum_also_allows_null()
    {
        var mood = Column("mood").GetProperty("enum").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString()).ToList();
        Assert.Equal(["happy", "sad", null], mood);

        var blog = GeneratedDocument.ForExample("blog");
        var status = blog.Schema("posts").GetProperty("properties").GetProperty("status");
        Assert.Equal(["draft", "published"], GeneratedDocument.Strings(status.GetProperty("enum")));
        Assert.Equal("draft", status.GetProperty("default").GetString());
    }

    [Fact]
    public void Array_items_have_the_element_type()
    {
        Assert.Equal(["string"], GeneratedDocument.Types(Column("tags").GetProperty("items")));
        Assert.Equal("int32", Column("numbers").GetProperty("items").GetProperty("format").GetString());
    }

    [Fact]
    public void Value_constraints_become_json_schema_keywords()
    {
        var text = Column("t");
        Assert.Equal(2, text.GetProperty("minLength").GetInt32());
        Assert.Equal(40, text.GetProperty("maxLength").GetInt32());
        Assert.Equal("^[a-z]+$", text.GetProperty("pattern").GetString());
        Assert.Equal(-5m, Column("i").GetProperty("minimum").GetDecimal());
        Assert.Equal(5m, Column("i").GetProperty("maximum").GetDecimal());
        Assert.Equal(99.5m, Column("n").GetProperty("maximum").GetDecimal());
        Assert.Contains("numeric(10,2)", Column("n").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(@"^\\x([0-9a-fA-F]{2})*$", Column("raw").GetProperty("pattern").GetString());
    }

    [Fact]
    public void Literal_defaults_are_json_defaults_and_computed_ones_are_described()
    {
        Assert.Equal(7, Column("s").GetProperty("default").GetInt32());
        Assert.False(Column("flag").GetProperty("default").GetBoolean());
        Assert.Equal(JsonValueKind.Array, Column("tags").GetProperty("default").ValueKind);
        Assert.Equal(1, Column("docb").GetProperty("default").GetProperty("a").GetInt32());
        Assert.False(Column("stamp").TryGetProperty("default", out _));
        Assert.Contains("`now()`", Column("stamp").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("`gen_random_uuid()`", Column("u").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_columns_are_read_only_in_rows_but_writable_in_request_bodies()
    {
        Assert.True(Column("id").GetProperty("readOnly").GetBoolean());
        foreach (var body in new[] { "things.insert", "things.update", "things.replace" })
        {
            var id = Types.Schema(body).GetProperty("properties").GetProperty("id");
            Assert.False(id.TryGetProperty("readOnly", out _), body);
        }
        Assert.False(Column("t").TryGetProperty("readOnly", out _));
    }

    [Fact]
    public void Column_descriptions_carry_the_spec_s_text_keys_and_relations()
    {
        Assert.StartsWith("A word.", Column("t").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("Primary key.", Column("id").GetProperty("description").GetString(), StringComparison.Ordinal);

        var blog = GeneratedDocument.ForExample("blog");
        var author = blog.Schema("comments").GetProperty("properties").GetProperty("author_id").GetProperty("description").GetString();
        Assert.Contains("Foreign key to `profiles.id`", author, StringComparison.Ordinal);
        var parent = blog.Schema("comments").GetProperty("properties").GetProperty("parent_id").GetProperty("description").GetString();
        Assert.Contains("on delete: cascade", parent, StringComparison.Ordinal);
        Assert.Contains("Unique.", blog.Schema("profiles").GetProperty("properties").GetProperty("username").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_follow_the_column_order_of_the_spec()
    {
        var blog = GeneratedDocument.ForExample("blog");
        foreach (var table in blog.Spec.Schema.UserTables)
        {
            foreach (var name in new[] { table.Name.Name, table.Name.Name + ".insert", table.Name.Name + ".update", table.Name.Name + ".replace" })
            {
                Assert.Equal(table.Columns.Select(c => c.Name), blog.Schema(name).GetProperty("properties").EnumerateObject().Select(p => p.Name));
            }
        }
    }
}
