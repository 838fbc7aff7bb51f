using Basalt.Testing;

namespace Basalt.Cli.Tests;

public sealed class CliUsageTests : IDisposable
{
    private readonly TempDirectory dir = new("basalt-cli");

    [Fact]
    public async Task Version_prints_the_version_and_exits_0()
    {
        var result = await BasaltProcess.RunAsync(dir.Path, "--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout.Trim());
    }

    [Theory]
    [InlineData("--help", "migrate")]
    [InlineData("migrate --help", "rollback")]
    [InlineData("migrate plan --help", "--allow-destructive")]
    [InlineData("serve --help", "--migrate")]
    [InlineData("serve --help", "--trusted-proxy")]
    [InlineData("init --help", "basalt init my-app")]
    [InlineData("--help", "openapi")]
    [InlineData("openapi --help", "--output")]
    public async Task Every_command_has_help_with_examples(string args, string expected)
    {
        var result = await BasaltProcess.RunAsync(dir.Path, args.Split(' '));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("migrate sideways")]
    [InlineData("serve --port notanumber")]
    [InlineData("serve --port 70000")]
    [InlineData("serve --trusted-proxy 10.0.0.0/99")]
    [InlineData("serve --trusted-proxy lb.internal")]
    [InlineData("migrate rollback --to")]
    public async Task Bad_usage_exits_2_with_a_message_and_no_stack_trace(string args)
    {
        var result = await BasaltProcess.RunAsync(dir.Path, args.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error:", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_spec_exits_2_naming_the_file_and_how_to_create_one()
    {
        var result = await BasaltProcess.RunAsync(dir.Path, "migrate", "plan");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("spec file not found", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("basalt init", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_yaml_exits_2_with_line_and_column()
    {
        dir.Write("basalt.yaml", "version: 1\nname: x\ntables: [unclosed\n");
        var result = await BasaltProcess.RunAsync(dir.Path, "migrate", "plan");
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"basalt\.yaml:\d+:\d+: ", result.Stderr);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spec_with_errors_lists_every_error_and_exits_2()
    {
        dir.Write("basalt.yaml", "version: 1\nname: x\ntables:\n  t:\n    columns:\n      id: { type: txt, primary: true }\n      n: { type: integer, nulable: true }\n");
        var result = await BasaltProcess.RunAsync(dir.Path, "migrate", "plan");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has 2 errors", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean 'text'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean 'nullable'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_scaffolds_a_project_that_plans_and_never_overwrites()
    {
        var result = await BasaltProcess.RunAsync(dir.Path, "init", "my-app");
        Assert.Equal(0, result.ExitCode);
        foreach (var file in new[] { "basalt.yaml", ".env.example", ".gitignore" })
        {
            Assert.True(File.Exists(Path.Combine(dir.Path, "my-app", file)), file);
        }
        Assert.Contains("name: my-app", File.ReadAllText(Path.Combine(dir.Path, "my-app", "basalt.yaml")), StringComparison.Ordinal);

        var plan = await BasaltProcess.RunAsync(Path.Combine(dir.Path, "my-app"), "migrate", "plan");
        Assert.Equal(0, plan.ExitCode);
        Assert.Contains("create table todos", plan.Stdout, StringComparison.Ordinal);

        var again = await BasaltProcess.RunAsync(dir.Path, "init", "my-app");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("never overwrites", again.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();
}
