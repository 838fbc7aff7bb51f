using System.Globalization;
using Basalt.Sql.Postgres.Rendering;
using Basalt.Sql.Postgres.Tests.Support;

namespace Basalt.Sql.Postgres.Tests;

/// <summary>Defaults are predicted from how PostgreSQL spells numbers; the predictions are checked against the server itself.</summary>
public sealed class NumberSpellingTests : PostgresTest
{
    private static readonly string[] Numbers =
    [
        "0", "-0", "-0.0", "7", "-7", "1.50", "1e3", "1.0e1", "1.2345e2", "1e-2", "-2.25e-3", "2147483647", "2147483648",
        "-2147483648", "9223372036854775807", "9223372036854775808", "123456789012345678901234567890", "0.1", "100000",
        "1e6", "1e14", "1e15", "1e16", "0.0001", "0.00001", "1.2345678e8", "123456789012345678", "3.14159", "-2.5e-7",
    ];

    [Fact]
    public async Task Exact_numbers_are_spelled_as_numeric_out_spells_them()
    {
        foreach (var number in Numbers)
        {
            Assert.Equal(await ScalarAsync<string>($"SELECT '{number}'::numeric::text"), PostgresNumber.Canonical(number));
        }
    }

    [Fact]
    public async Task Bare_number_defaults_are_predicted_as_pg_get_expr_prints_them()
    {
        var columns = Numbers.Select((n, i) => $"c{i} numeric DEFAULT {PostgresNumber.Canonical(n)}");
        await ExecuteAsync($"CREATE TABLE spelled ({string.Join(", ", columns)})");

        var printed = await ColumnAsync("""
            SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d
            WHERE d.adrelid = 'spelled'::regclass ORDER BY d.adnum
            """);

        Assert.Equal(Numbers.Select(n => PostgresNumber.ConstantText(PostgresNumber.Canonical(n)!)), printed);
    }

    [Fact]
    public async Task Floats_are_spelled_as_float_out_spells_them_up_to_ties()
    {
        foreach (var number in Numbers)
        {
            var float8 = await ScalarAsync<string>($"SELECT '{number}'::float8::text");
            var float4 = await ScalarAsync<string>($"SELECT '{number}'::float4::text");
            Assert.Equal(float8, PostgresNumber.Float(number, single: false));
            // 1.2345678e8 lies exactly halfway between two floats: PostgreSQL prints 1.23456784e+08, one digit more
            // than the shortest spelling; re-spelling PostgreSQL's text lands on the same value, as the introspector does.
            Assert.Equal(number == "1.2345678e8" ? "1.23456784e+08" : PostgresNumber.Float(number, single: true), float4);
            Assert.Equal(PostgresNumber.Float(number, single: true), PostgresNumber.Float(float4, single: true));
        }
    }
}
