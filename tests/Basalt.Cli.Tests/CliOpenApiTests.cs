using System.Text.Json;
using Basalt.Testing;

namespace Basalt.Cli.Tests;

public sealed class CliOpenApiTests : IDisposable
{
    private readonly TempDirectory dir = new("basalt-cli-openapi");

    [Fact]
    public async Task Openapi_prints_the_document_of_the_spec_to_stdout()
    {
        var result = await BasaltProcess.RunAsync(dir.Path, "openapi", RepositoryPaths.Example("shop"));

        Assert.Equal(0, result.ExitCode);
        var document = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.StartsWith("3.1.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal(["/categories", "/products", "/inventory_movements"], document.GetProperty("paths").EnumerateObject().Select(p => p.Name));
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Openapi_output_writes_the_same_document_to_a_file()
    {
        var stdout = await BasaltProcess.RunAsync(dir.Path, "openapi", RepositoryPaths.Example("blog"));
        var result = await BasaltProcess.RunAsync(dir.Path, "openapi", RepositoryPaths.Example("blog"), "--output", "api.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("api.json", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(stdout.Stdout, await File.ReadAllTextAsync(Path.Combine(dir.Path, "api.json")));
    }

    [Fact]
    public async Task Openapi_needs_no_database_even_for_a_postgres_spec()
    {
        dir.Write("basalt.yaml", "version: 1\nname: remote\ndatabase: { provider: postgres, url: postgres://nobody@127.0.0.1:1/none }\n"
            + "tables:\n  notes:\n    columns:\n      id: { type: bigint, primary: true, generated: identity }\n      body: { type: text }\n");

        var result = await BasaltProcess.RunAsync(dir.Path, "openapi");

        Assert.Equal(0, result.ExitCode);
        Assert.True(JsonDocument.Parse(result.Stdout).RootElement.GetProperty("paths").TryGetProperty("/notes", out _));
    }

    [Fact]
    public async Task Openapi_with_a_missing_spec_exits_2_and_an_unwritable_output_exits_1()
    {
        var missing = await BasaltProcess.RunAsync(dir.Path, "openapi", "nope.yaml");
        var unwritable = await BasaltProcess.RunAsync(dir.Path, "openapi", RepositoryPaths.Example("blog"), "--output", Path.Combine(dir.Path, "no", "such", "dir", "api.json"));

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("spec file not found", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, unwritable.ExitCode);
        Assert.Contains("cannot write", unwritable.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", unwritable.Output, StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();
}
