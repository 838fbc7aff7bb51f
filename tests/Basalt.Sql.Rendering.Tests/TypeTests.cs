using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Basalt.Query.Request;
using Basalt.Spec.Schema;
using Basalt.Sql.Rendering.Tests.Support;

namespace Basalt.Sql.Rendering.Tests;

/// <summary>Every column type goes in through an insert and comes out as the JSON PostgreSQL prints, on both engines.</summary>
[Collection(RenderCollection.Name)]
public sealed partial class TypeTests(RenderDatabases db)
{
    private static readonly string[] Typed =
        ["t", "i", "b", "s", "r", "d", "n", "n2", "bo", "u", "da", "ti", "ts", "tz", "j", "jb", "by", "e", "ta", "ia", "ba", "tza", "ea", "flag", "label"];

    private PlanBuilder P => db.Plans;

    [Fact]
    public async Task Every_type_round_trips_through_insert_and_read()
    {
        var insert = P.Insert("kinds", Typed[..^2],
        [[
            "héllo \"q\" \\ \n\t€", 42, 9007199254740993L, -7, 1.5, 0.1, 12.345m, 10.5m, true, Guid.Parse("0E4F1A2B-3C4D-4E5F-8A9B-0C1D2E3F4A5B"),
            new DateOnly(2026, 2, 28), new TimeOnly(13, 45, 30, 250), new DateTime(2026, 3, 1, 12, 0, 0, 500, DateTimeKind.Unspecified),
            Seed.At("2026-03-01T14:00:00.123+02:00"), """{"b":1,"a":[true,null]}""", """{"b":1,"a":{"c":"d"},"aa":2}""", new byte[] { 0, 255, 16 },
            "mid", new object?[] { "a", "b c", null }, new object?[] { 1, 2, 3 }, new object?[] { true, false },
            new object?[] { Seed.At("2026-01-01T00:00:00Z"), Seed.At("2026-01-01T00:00:00.5Z") }, new object?[] { "red", "blue" },
        ]], PlanBuilder.Representation(Shape()));
        var read = PlanBuilder.Read(Shape() with { Where = P.Where("kinds", "e", FilterOperator.Eq, "mid") });

        var inserted = await db.BothAsync(insert);
        var readBack = await db.BothInOrderAsync(insert, read);

        const string expected = """
            [{"t":"héllo \"q\" \\ \n\t€","i":42,"b":9007199254740993,"s":-7,"r":1.5,"d":0.1,"n":12.345,"n2":10.50,"bo":true,
              "u":"0e4f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b","da":"2026-02-28","ti":"13:45:30.25","ts":"2026-03-01T12:00:00.5",
              "tz":"2026-03-01T12:00:00.123+00:00","j":{"b":1,"a":[true,null]},"jb":{"a":{"c":"d"},"b":1,"aa":2},"by":"\\x00ff10","e":"mid",
              "ta":["a","b c",null],"ia":[1,2,3],"ba":[true,false],"tza":["2026-01-01T00:00:00+00:00","2026-01-01T00:00:00.5+00:00"],
              "ea":["red","blue"],"flag":true,"label":"none"}]
            """;
        Assert.Equal(CanonicalJson.Of(expected), CanonicalJson.Of(inserted.Body));
        Assert.Equal(CanonicalJson.Of(expected), CanonicalJson.Of(readBack.Body));
        // Strings exactly as PostgreSQL prints them (the canonical form compares numbers by value only).
        var row = readBack.Array[0]!;
        Assert.Equal(["2026-03-01T12:00:00.123+00:00", "13:45:30.25", "2026-03-01T12:00:00.5", "\\x00ff10"],
            new[] { "tz", "ti", "ts", "by" }.Select(k => row[k]!.GetValue<string>()));
    }

    [Fact]
    public async Task Nulls_and_defaults_read_back_as_null_and_the_default()
    {
        var insert = P.Insert("kinds", ["t"], [[null]], PlanBuilder.Representation(Shape()));
        var result = await db.BothAsync(insert);
        var row = (JsonObject)result.Array[0]!;
        Assert.All(Typed[..^2], k => Assert.Null(row[k]));
        Assert.Equal((true, "none"), (row["flag"]!.GetValue<bool>(), row["label"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_now_default_reads_as_PostgreSQL_s_timestamptz_form()
    {
        var insert = P.Insert("kinds", ["t"], [["x"]], PlanBuilder.Representation(P.Select("kinds", P.Column("kinds", "stamp"))));
        foreach (var database in new[] { db.Sqlite, db.Postgres })
        {
            var result = await PlanExecutor.RunAsync(database, insert, commit: false);
            var stamp = result.Array[0]!["stamp"]!.GetValue<string>();
            Assert.Matches(PostgresTimestampTz(), stamp);
        }
    }

    [Fact]
    public async Task Json_paths_read_values_as_json_or_text()
    {
        var root = P.Select("posts",
            P.Column("posts", "id"),
            P.Column("posts", "meta", path: "->>lang"),
            P.Column("posts", "meta", path: "->flags"),
            P.Column("posts", "meta", key: "second", path: "->list->1"),
            P.Column("posts", "meta", key: "last", path: "->list->-1"),
            P.Column("posts", "meta", path: "->>views"),
            P.Column("posts", "meta", key: "pinned", path: "->flags->>pinned"),
            P.Column("posts", "meta", key: "flags_text", path: "->>flags"),
            P.Column("posts", "meta", path: "->>nope")) with { Where = P.Where("posts", "id", FilterOperator.In, new object?[] { 1, 3 }), Order = [P.Asc("posts", "id")] };
        var result = await db.BothAsync(PlanBuilder.Read(root));
        Assert.Equal(CanonicalJson.Of("""
            [{"id":1,"lang":"en","flags":{"pinned":true},"second":null,"last":null,"views":"10","pinned":"true","flags_text":"{\"pinned\": true}","nope":null},
             {"id":3,"lang":null,"flags":null,"second":2,"last":3,"views":"0","pinned":null,"flags_text":null,"nope":null}]
            """), CanonicalJson.Of(result.Body));
    }

    [Fact]
    public async Task Casts_follow_PostgreSQL_s_text_and_number_forms()
    {
        var root = P.Select("posts",
            P.Column("posts", "id", key: "id_text", cast: ColumnKind.Text),
            P.Column("posts", "pinned", key: "pinned_text", cast: ColumnKind.Text),
            P.Column("posts", "created_at", key: "created_text", cast: ColumnKind.Text),
            P.Column("posts", "meta", key: "views", cast: ColumnKind.Integer, path: "->>views"),
            P.Column("posts", "score", key: "score_double", cast: ColumnKind.Double),
            P.Column("posts", "status", key: "status_text", cast: ColumnKind.Text)) with { Order = [P.Asc("posts", "id")], Limit = 2 };
        var result = await db.BothAsync(PlanBuilder.Read(root));
        Assert.Equal(CanonicalJson.Of("""
            [{"id_text":"1","pinned_text":"true","created_text":"2026-01-01 10:00:00+00","views":10,"score_double":5,"status_text":"published"},
             {"id_text":"2","pinned_text":"false","created_text":"2026-01-02 10:00:00.5+00","views":3,"score_double":null,"status_text":"draft"}]
            """), CanonicalJson.Of(result.Body));
    }

    [Fact]
    public async Task Arrays_of_every_element_kind_filter_alike()
    {
        var insert = P.Insert("kinds", ["t", "ia", "ba", "tza", "ea"],
        [
            ["a", new object?[] { 1, 2, 3 }, new object?[] { true }, new object?[] { Seed.At("2026-01-01T00:00:00Z"), Seed.At("2026-01-02T00:00:00.25Z") }, new object?[] { "red", "green" }],
            ["b", new object?[] { 3, 4 }, new object?[] { false, true }, new object?[] { Seed.At("2026-01-02T00:00:00.25Z") }, new object?[] { "blue" }],
            ["c", null, null, null, null],
        ]);
        var cases = new (Basalt.Query.Planning.Predicate Where, string Expected)[]
        {
            (P.Where("kinds", "ia", FilterOperator.Cs, new object?[] { 3 }), "ab"),
            (P.Where("kinds", "ia", FilterOperator.Cd, new object?[] { 1, 2, 3, 9 }), "a"),
            (P.Where("kinds", "ia", FilterOperator.Ov, new object?[] { 4, 5 }), "b"),
            (P.Where("kinds", "ba", FilterOperator.Cs, new object?[] { false }), "b"),
            (P.Where("kinds", "tza", FilterOperator.Cs, new object?[] { Seed.At("2026-01-02T01:00:00.25+01:00") }), "ab"),
            (P.Where("kinds", "ea", FilterOperator.Ov, new object?[] { "green", "blue" }), "ab"),
            (P.Where("kinds", "ea", FilterOperator.Eq, new object?[] { "blue" }), "b"),
            (new Basalt.Query.Planning.NotPredicate(P.Where("kinds", "ea", FilterOperator.Cs, new object?[] { "red" })), "b"),
        };
        foreach (var (where, expected) in cases)
        {
            var read = PlanBuilder.Read(P.Select("kinds", P.Column("kinds", "t")) with { Where = where, Order = [P.Asc("kinds", "t")] });
            var result = await db.BothInOrderAsync(insert, read);
            Assert.Equal(expected, string.Concat(result.Array.Select(o => o!["t"]!.GetValue<string>())));
        }
    }

    [Fact]
    public async Task Json_and_jsonb_paths_filter_and_sort_alike()
    {
        var insert = P.Insert("kinds", ["t", "j", "jb"],
        [
            ["a", """{"n":10,"s":"x","o":{"k":[1,2]}}""", """{"n":10,"s":"x","o":{"k":[1,2]}}"""],
            ["b", """{"n":9,"s":"y","o":{"k":[2]}}""", """{"n":9,"s":"y","o":{"k":[2]}}"""],
            ["c", """{"s":"z"}""", """{"s":"z"}"""],
        ]);
        foreach (var column in new[] { "j", "jb" })
        {
            var byNumber = P.Select("kinds", P.Column("kinds", "t")) with
            {
                Where = new Basalt.Query.Planning.AndPredicate([
                    P.Where("kinds", column, FilterOperator.Gt, "5", path: "->n"),
                    P.Where("kinds", column, FilterOperator.Eq, """{"k":[1,2]}""", path: "->o")]),
            };
            var found = await db.BothInOrderAsync(insert, PlanBuilder.Read(byNumber));
            Assert.Equal("""[{"t":"a"}]""", found.Body!.ToJsonString());
            var sorted = P.Select("kinds", P.Column("kinds", "t")) with { Order = [P.Asc("kinds", column, path: "->n")] };
            var order = await db.BothInOrderAsync(insert, PlanBuilder.Read(sorted));
            Assert.Equal("""[{"t":"b"},{"t":"a"},{"t":"c"}]""", order.Body!.ToJsonString());
            var contains = P.Select("kinds", P.Column("kinds", "t")) with { Where = P.Where("kinds", column, FilterOperator.Cs, """{"o":{"k":[2]}}""") };
            var containing = await db.BothInOrderAsync(insert, PlanBuilder.Read(contains with { Order = [P.Asc("kinds", "t")] }));
            Assert.Equal("""[{"t":"a"},{"t":"b"}]""", containing.Body!.ToJsonString());
        }
    }

    private Basalt.Query.Planning.SelectNode Shape() => P.Select("kinds", P.Columns("kinds", Typed));

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*[1-9])?\+00:00$")]
    private static partial Regex PostgresTimestampTz();
}
