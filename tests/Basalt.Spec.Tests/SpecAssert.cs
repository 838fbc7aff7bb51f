using Basalt.Spec;
using Basalt.Spec.Loading;

namespace Basalt.Spec.Tests;

/// <summary>Loads inline specs with an empty (or given) environment, so the machine's variables never leak in.</summary>
internal static class SpecAssert
{
    public const string File = "basalt.yaml";

    public static SpecLoadResult Load(string yaml, IReadOnlyDictionary<string, string?>? environment = null) =>
        SpecLoader.LoadText(yaml, File, environment ?? new Dictionary<string, string?>());

    public static AppSpec Valid(string yaml, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var result = Load(yaml, environment);
        Assert.True(result.Succeeded, "expected a valid spec, got:\n" + string.Join("\n", result.Errors));
        Assert.Empty(result.Errors);
        return result.Spec!;
    }

    /// <summary>Asserts the spec fails with exactly these errors, compared as their printed form.</summary>
    public static void Errors(string yaml, params string[] expected) => Errors(Load(yaml), expected);

    public static void Errors(SpecLoadResult result, params string[] expected)
    {
        Assert.Null(result.Spec);
        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Errors.Select(e => e.ToString()).ToArray());
    }

    public static void SingleError(string yaml, int line, int column, string path, string message) =>
        SingleError(Load(yaml), line, column, path, message);

    public static void SingleError(SpecLoadResult result, int line, int column, string path, string message)
    {
        Assert.Null(result.Spec);
        var error = Assert.Single(result.Errors);
        Assert.Equal((message, path, line, column), (error.Message, error.Path, error.Location.Line, error.Location.Column));
        Assert.Equal(File, error.Location.File);
    }
}
