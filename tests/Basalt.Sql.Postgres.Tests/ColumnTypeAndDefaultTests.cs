using Basalt.Spec.Schema;
using Basalt.Sql.Postgres.Tests.Support;

namespace Basalt.Sql.Postgres.Tests;

/// <summary>Every column type, and literal defaults of every kind: PostgreSQL normalises both, and Expected must predict it.</summary>
public sealed class ColumnTypeAndDefaultTests : PostgresTest
{
    private static readonly TableName Name = TableName.Public("samples");

    private static ColumnSchema Column(string name, ColumnType type, string? literal = null) =>
        new(name, type) { Nullable = true, Default = literal is null ? null : ColumnDefault.Literal(literal) };

    internal static TableSchema AllTypes { get; } = new(Name,
    [
        new ColumnSchema("id", Types.Integer),
        Column("text", Types.Text, "\"it's a \\\\ \\\"test\\\"\""),
        Column("int_positive", Types.Integer, "42"),
        Column("int_negative", Types.Integer, "-7"),
        Column("int_min", Types.Integer, "-2147483648"),
        Column("small", Types.SmallInt, "3"),
        Column("big", Types.BigInt, "5000000000"),
        Column("big_small_value", Types.BigInt, "0"),
        Column("real", Types.Of(ColumnKind.Real), "1.5"),
        Column("double", Types.Of(ColumnKind.Double), "-2.25e-3"),
        Column("numeric", Types.Numeric(), "1e3"),
        Column("numeric_scaled", Types.Numeric(10, 2), "1.5"),
        Column("numeric_precision", Types.Numeric(5), "-12"),
        Column("numeric_huge", Types.Numeric(), "123456789012345678901234567890"),
        Column("flag", Types.Boolean, "true"),
        Column("off", Types.Boolean, "false"),
        Column("uuid", Types.Uuid, "\"A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11\""),
        Column("day", Types.Of(ColumnKind.Date), "\"2024-02-29\""),
        Column("clock", Types.Of(ColumnKind.Time), "\"10:30\""),
        Column("stamp", Types.Of(ColumnKind.Timestamp), "\"2024-01-01 10:00:00\""),
        Column("stamp_tz", Types.TimestampTz, "\"2024-01-01T10:00:00Z\""),
        Column("day_now", Types.Of(ColumnKind.Date)) with { Default = ColumnDefault.Now },
        Column("stamp_now", Types.Of(ColumnKind.Timestamp)) with { Default = ColumnDefault.Now },
        Column("random", Types.Uuid) with { Default = ColumnDefault.GenRandomUuid },
        Column("doc", Types.Of(ColumnKind.Json), "{\"b\": 1, \"a\": [1, 2.50]}"),
        Column("docb", Types.Of(ColumnKind.Jsonb), "{\"long_key\": true, \"b\": {\"y\": null, \"x\": 1e2}, \"b\": 2}"),
        Column("bytes", Types.Of(ColumnKind.Bytea), "\"\\\\x0102ff\""),
        Column("state", Types.Enum("new", "it's done"), "\"it's done\""),
        Column("tags", Types.ArrayOf(ColumnKind.Text), "[\"a b\", \"\", null, \"NULL\", \"x\\\\y\", \"q\\\"t\", \"{,}\", \"it's\"]"),
        Column("empty_tags", Types.ArrayOf(ColumnKind.Text), "[]"),
        Column("ints", Types.ArrayOf(ColumnKind.Integer), "[1, -2, 3e2]"),
        Column("bigs", Types.ArrayOf(ColumnKind.BigInt), "[5000000000]"),
        Column("flags", Types.ArrayOf(ColumnKind.Boolean), "[true, false]"),
        Column("amounts", new ColumnType(ColumnKind.Numeric, IsArray: true, Precision: 10, Scale: 2), "[1.5, 2]"),
        Column("reals", Types.ArrayOf(ColumnKind.Real), "[1e6, 100000, 0.1, 1.2345678e8, 0.00001]"),
        Column("doubles", Types.ArrayOf(ColumnKind.Double), "[1e15, 1e14, 0.0001, 1e-5, 123456789012345678, -2.5e-7]"),
        Column("uuids", Types.ArrayOf(ColumnKind.Uuid), "[\"A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11\"]"),
        Column("states", new ColumnType(ColumnKind.Enum, IsArray: true, EnumValues: ["on", "off"]), "[\"on\", \"off\"]"),
        Column("days", Types.ArrayOf(ColumnKind.Date), "[\"2024-01-01\"]"),
        Column("docs", Types.ArrayOf(ColumnKind.Jsonb), "[{\"a\": 1}]"),
        Column("grid", Types.ArrayOf(ColumnKind.Integer), "[[1, 2], [3, 4]]"),
    ])
    {
        PrimaryKey = ["id"],
    };

    [Fact]
    public async Task Every_type_and_literal_default_migrates_without_drift()
    {
        await CreateAsync(new DatabaseSchema([AllTypes]));

        await AssertNoDriftAsync(AllTypes);
    }

    [Fact]
    public async Task Literal_defaults_fill_in_the_values_the_spec_gives()
    {
        await CreateAsync(new DatabaseSchema([AllTypes]));
        await ExecuteAsync("INSERT INTO samples (id) VALUES (1)");

        var row = await ColumnAsync("""
            SELECT unnest(ARRAY[text, int_negative::text, big::text, real::text, double::text, numeric::text, numeric_scaled::text,
                numeric_precision::text, flag::text, uuid::text, day::text, doc::text, (docb -> 'b')::text, encode(bytes, 'hex'), state::text,
                array_length(tags, 1)::text, tags[1], tags[3], tags[4], tags[5], tags[6], tags[7], tags[8], cardinality(empty_tags)::text,
                ints::text, amounts::text, reals::text, uuids::text, states::text, grid::text])
            FROM samples
            """);

        Assert.Equal(
        [
            "it's a \\ \"test\"", "-7", "5000000000", "1.5", "-0.00225", "1000", "1.50", "-12", "true",
            "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "2024-02-29", "{\"b\": 1, \"a\": [1, 2.50]}", "2", "0102ff", "it's done",
            "8", "a b", "null", "NULL", "x\\y", "q\"t", "{,}", "it's", "0", "{1,-2,300}", "{1.50,2.00}",
            "{1e+06,100000,0.1,1.23456784e+08,1e-05}", "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}", "{on,off}", "{{1,2},{3,4}}",
        ], row);
    }

    [Fact]
    public async Task A_default_changed_by_hand_is_reported()
    {
        await CreateAsync(new DatabaseSchema([AllTypes]));
        await ExecuteAsync("""
            ALTER TABLE samples ALTER COLUMN int_positive SET DEFAULT 43;
            ALTER TABLE samples ALTER COLUMN docb SET DEFAULT '{"b": 3}';
            ALTER TABLE samples ALTER COLUMN tags SET DEFAULT '{x}';
            ALTER TABLE samples ALTER COLUMN state DROP DEFAULT
            """);

        var drift = await DriftAsync(new DatabaseSchema([AllTypes]));

        Assert.Equal(["samples.docb", "samples.int_positive", "samples.state", "samples.tags"], drift.Select(d => d.Subject).Order(StringComparer.Ordinal));
        Assert.Contains(drift, d => d.Message == "column default 43, expected 42");
    }
}
