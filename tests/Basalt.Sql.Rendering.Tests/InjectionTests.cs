using Basalt.Sql.Rendering.Tests.Support;

namespace Basalt.Sql.Rendering.Tests;

/// <summary>
/// Hostile text in values, patterns, JSON keys and aliases is bound or quoted, never run: the table is untouched and
/// the text comes back exactly as sent. (A NUL character is not here: PostgreSQL refuses it in text with 22021,
/// SQLite stores it; the planner decides.)
/// </summary>
[Collection(RenderCollection.Name)]
public sealed class InjectionTests(RenderDatabases db)
{
    public static TheoryData<string> Hostile => new()
    {
        "'; DROP TABLE labels; --",
        "x') OR 1=1 --",
        "\"; DELETE FROM labels; --",
        "\\'; SELECT 1; --",
        "$1 @p0 ?; --",
        "%' OR '%'='",
        "]]*?[",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_filter_value_is_a_parameter(string value)
    {
        var result = await db.RestAsync("/labels?select=name&name=eq." + Uri.EscapeDataString(Quote(value)));
        Assert.Equal("[]", result.Body!.ToJsonString());
        await AssertLabelsUntouched();
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_pattern_is_a_parameter(string value)
    {
        var result = await db.RestAsync("/labels?select=name&or=(name.like." + Uri.EscapeDataString(Quote(value)) + ",name.ilike." + Uri.EscapeDataString(Quote(value)) + ")");
        Assert.Equal("[]", result.Body!.ToJsonString());
        await AssertLabelsUntouched();
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task An_inserted_value_round_trips_and_changes_nothing_else(string value)
    {
        var insert = RestPlans.Plan("/labels?select=name", "POST", System.Text.Json.JsonSerializer.Serialize(new { name = value }), ("Prefer", "return=representation"));
        var inserted = await db.BothAsync(insert);
        Assert.Equal(value, inserted.Array[0]!["name"]!.GetValue<string>());
        var read = await db.BothInOrderAsync(insert, RestPlans.Plan("/labels?select=name&order=id"));
        Assert.Equal(["news", "tech", "fun", value], read.Array.Select(o => o!["name"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("a'b")]
    [InlineData("x') OR 1=1 --")]
    [InlineData("$.a")]
    public async Task A_json_path_key_is_a_parameter(string key)
    {
        var result = await db.RestAsync("/posts?select=id,v:meta->>" + Uri.EscapeDataString(Quote(key)) + "&id=eq.1");
        Assert.Equal("""[{"id":1,"v":null}]""", result.Body!.ToJsonString());
    }

    [Theory]
    [InlineData("x'); DROP TABLE labels; --")]
    [InlineData("@p0")]
    [InlineData("$1")]
    [InlineData("a\\\"b")]
    public async Task An_alias_is_quoted(string alias)
    {
        var result = await db.RestAsync("/labels?select=" + Uri.EscapeDataString(Quote(alias) + ":name") + "&id=eq.1");
        Assert.Equal("news", Assert.Single((System.Text.Json.Nodes.JsonObject)result.Array[0]!).Value!.GetValue<string>());
        Assert.Equal(alias, ((System.Text.Json.Nodes.JsonObject)result.Array[0]!).Single().Key);
        await AssertLabelsUntouched();
    }

    /// <summary>PostgREST's double-quoted value, so reserved characters (commas, dots, parentheses) stay in it.</summary>
    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private async Task AssertLabelsUntouched()
    {
        var read = await db.RestAsync("/labels?select=name&order=id");
        Assert.Equal("""[{"name":"news"},{"name":"tech"},{"name":"fun"}]""", read.Body!.ToJsonString());
    }
}
