using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Basalt.Testing;

namespace Basalt.Cli.Tests;

public sealed partial class CliServeTests : IDisposable
{
    private const string Spec = """
        version: 1
        name: notes
        tables:
          notes:
            columns:
              id:    { type: bigint, primary: true, generated: identity }
              title: { type: text }

        """;

    private readonly TempDirectory dir = new("basalt-cli-serve");

    [Fact]
    public async Task Serve_refuses_an_unmigrated_database_and_names_the_fix()
    {
        dir.Write("basalt.yaml", Spec);
        var result = await BasaltProcess.RunAsync(dir.Path, "serve", "--port", "0");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no migration covers", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--migrate", result.Stderr, StringComparison.Ordinal);

        Assert.Equal(0, (await BasaltProcess.RunAsync(dir.Path, "migrate", "plan")).ExitCode);
        var pending = await BasaltProcess.RunAsync(dir.Path, "serve", "--port", "0");
        Assert.Equal(1, pending.ExitCode);
        Assert.Contains("1 migration is pending: 0001_init", pending.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_with_migrate_becomes_ready_prints_keys_and_stops_cleanly_on_sigterm()
    {
        dir.Write("basalt.yaml", Spec);
        using var process = BasaltProcess.Start(dir.Path, new Dictionary<string, string>(), "serve", "--port", "0", "--migrate");
        try
        {
            var banner = await ReadUntilAsync(process, line => line.Contains("service_role key", StringComparison.Ordinal));
            Assert.Contains("Planned 0001_init", banner, StringComparison.Ordinal);
            Assert.Contains("anon key", banner, StringComparison.Ordinal);
            var url = ServingUrl().Match(banner).Groups[1].Value;
            Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);

            using var http = new HttpClient();
            var ready = await http.GetAsync(new Uri(url + "/health/ready"));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            Assert.Equal("ok", body.RootElement.GetProperty("checks").GetProperty("migrations").GetProperty("status").GetString());
            Assert.Equal("ok", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());

            Assert.Equal(0, Kill(process.Id, "TERM"));
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("stopped", await process.StandardOutput.ReadToEndAsync(), StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task Serve_with_migrate_runs_the_shop_example_on_postgres()
    {
        dir.Write("basalt.yaml", File.ReadAllText(RepositoryPaths.Example("shop")));
        var url = await TestPostgres.CreateDatabaseAsync("serve");
        var env = new Dictionary<string, string> { ["BASALT_DB_PROVIDER"] = "postgres", ["DATABASE_URL"] = url };
        using var process = BasaltProcess.Start(dir.Path, env, "serve", "--port", "0", "--migrate");
        try
        {
            var banner = await ReadUntilAsync(process, line => line.Contains("service_role key", StringComparison.Ordinal));
            Assert.Contains("Database  postgres: 127.0.0.1:", banner, StringComparison.Ordinal);
            using var http = new HttpClient();
            var ready = await http.GetAsync(new Uri(ServingUrl().Match(banner).Groups[1].Value + "/health/ready"));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var verify = await BasaltProcess.RunAsync(dir.Path, env, "migrate", "verify");
            Assert.True(verify.ExitCode == 0, verify.Output);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await TestPostgres.DropDatabaseAsync(url);
        }
    }

    private static async Task<string> ReadUntilAsync(Process process, Func<string, bool> done)
    {
        // Generous: a cold start migrates a database, and a loaded CI machine can be slow. Still bounded.
        var text = new System.Text.StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            text.AppendLine(line);
            if (done(line))
            {
                return text.ToString();
            }
        }
        throw new InvalidOperationException("basalt serve ended before it was ready:\n" + text + await process.StandardError.ReadToEndAsync());
    }

    private static int Kill(int pid, string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {pid}");
        kill.WaitForExit();
        return kill.ExitCode;
    }

    [GeneratedRegex(@"serving '\w+' on (http://[0-9.]+:\d+)")]
    private static partial Regex ServingUrl();

    public void Dispose() => dir.Dispose();
}
