using Basalt.Testing;
using Microsoft.Data.Sqlite;

namespace Basalt.Cli.Tests;

/// <summary><c>basalt keys create|list|revoke</c> against a migrated SQLite database.</summary>
public sealed class CliKeysTests : IDisposable
{
    private const string Spec = """
        version: 1
        name: keyed
        database: { url: ./data/keyed.db }
        tables:
          notes:
            columns:
              id: { type: bigint, primary: true, generated: identity }

        """;

    private readonly TempDirectory dir = new("basalt-cli-keys");

    private Task<BasaltProcess.Result> Basalt(params string[] args) => BasaltProcess.RunAsync(dir.Path, args);

    [Fact]
    public async Task Create_prints_the_key_once_list_hides_it_and_revoke_marks_it()
    {
        dir.Write("basalt.yaml", Spec);
        Assert.Equal(0, (await Basalt("migrate", "plan")).ExitCode);
        Assert.Equal(0, (await Basalt("migrate", "apply")).ExitCode);

        var create = await Basalt("keys", "create", "--name", "ci", "--role", "service_role", "--expires", "30d");
        Assert.Equal(0, create.ExitCode);
        var secret = create.Stdout.Trim();
        Assert.Matches("^bsk_[A-Za-z0-9_-]{43}$", secret);

        var list = await Basalt("keys", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("ci", list.Stdout, StringComparison.Ordinal);
        Assert.Contains(secret[..8], list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list.Stdout, StringComparison.Ordinal);
        Assert.Contains("role=service_role", list.Stdout, StringComparison.Ordinal);
        var id = list.Stdout.Split(' ')[0];

        var revoke = await Basalt("keys", "revoke", id);
        Assert.Equal(0, revoke.ExitCode);
        Assert.Contains("revoked", (await Basalt("keys", "list")).Stdout, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("revoked_at IS NOT NULL"));
        Assert.Equal(0, await CountAsync($"key_hash = '{secret}'"));
    }

    [Theory]
    [InlineData("keys", "create", "--name", "x", "--role", "Robert'); DROP TABLE auth_api_keys; --")]
    [InlineData("keys", "create", "--name", "x", "--role", "anon", "--expires", "soon")]
    [InlineData("keys", "create", "--role", "anon")]
    [InlineData("keys", "revoke", "not-a-uuid")]
    public async Task Bad_arguments_are_usage_errors_and_create_nothing(params string[] args)
    {
        dir.Write("basalt.yaml", Spec);
        Assert.Equal(0, (await Basalt("migrate", "plan")).ExitCode);
        Assert.Equal(0, (await Basalt("migrate", "apply")).ExitCode);
        var result = await Basalt(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(0, await CountAsync("1 = 1"));
    }

    [Fact]
    public async Task Revoking_an_unknown_key_fails()
    {
        dir.Write("basalt.yaml", Spec);
        Assert.Equal(0, (await Basalt("migrate", "plan")).ExitCode);
        Assert.Equal(0, (await Basalt("migrate", "apply")).ExitCode);
        var result = await Basalt("keys", "revoke", Guid.NewGuid().ToString());
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no API key", result.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();

    private async Task<long> CountAsync(string where)
    {
        await using var connection = new SqliteConnection($"Data Source={dir.File("data/keyed.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM auth_api_keys WHERE {where}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
