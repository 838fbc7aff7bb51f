using Basalt.Spec.Loading;
using CsCheck;

namespace Basalt.Spec.Tests;

/// <summary>Whatever a spec file holds, loading it returns a spec or errors with positions; it never throws.</summary>
public sealed class RobustnessTests
{
    private static readonly string Blog = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "blog.yaml"));
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Fact]
    public void Any_edit_of_the_blog_spec_loads_or_reports_errors_without_throwing()
    {
        var edits = Gen.Select(Gen.Int[0, Blog.Length], Gen.Int[0, 40], Gen.Char["{}[]:,-#&*!|>'\"$ \n\tabcz019_."].Array[0, 6],
            (at, length, inserted) => Blog[..at] + new string(inserted) + Blog[Math.Min(Blog.Length, at + length)..]);

        edits.Sample(text => AssertWellFormed(SpecLoader.LoadText(text, "mutated.yaml", NoEnvironment)), iter: 2000);
    }

    [Fact]
    public void Shuffled_lines_of_the_blog_spec_load_or_report_errors_without_throwing()
    {
        var lines = Blog.Split('\n');
        var shuffles = Gen.Int[0, lines.Length - 1].Array[1, 12].Select(picks => string.Join('\n', picks.Select(i => lines[i])));

        shuffles.Sample(text => AssertWellFormed(SpecLoader.LoadText(text, "shuffled.yaml", NoEnvironment)), iter: 1000);
    }

    [Fact]
    public void A_document_nested_past_the_limit_is_one_error()
    {
        var text = "name: app\nx: " + new string('[', 100) + new string(']', 100) + "\n";

        SpecAssert.SingleError(SpecAssert.Load(text), 2, 67, "", "the document nests deeper than 64 levels");
    }

    [Fact]
    public void A_default_cannot_expand_aliases_into_millions_of_values()
    {
        var text = "name: app\nx:\n  - &a0 [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]\n"
            + string.Concat(Enumerable.Range(1, 6).Select(i => $"  - &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n"))
            + "tables:\n  t:\n    columns:\n      id: { type: bigint, primary: true }\n      j: { type: jsonb, default: *a6 }\n";

        var errors = SpecAssert.Load(text).Errors.Select(e => e.ToString()).ToArray();

        Assert.Equal(["basalt.yaml:2:1: x: unknown key 'x'; valid: version, name, database, auth, roles, tables",
            "basalt.yaml:9:5: tables.t.columns.j.default: a default may hold at most 10000 values"], errors);
    }

    private static void AssertWellFormed(SpecLoadResult result)
    {
        Assert.Equal(result.Spec is null, result.Errors.Count > 0);
        foreach (var error in result.Errors)
        {
            Assert.True(error.Location.Line >= 1 && error.Location.Column >= 1, error.ToString());
            Assert.False(string.IsNullOrWhiteSpace(error.Message), error.ToString());
        }
        var positions = result.Errors.Select(e => (e.Location.Line, e.Location.Column)).ToArray();
        Assert.Equal(positions.Order(), positions);
    }
}
