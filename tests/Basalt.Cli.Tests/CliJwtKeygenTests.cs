using System.Security.Cryptography;
using Basalt.Spec.Loading;
using Basalt.Spec.Settings;
using Basalt.Testing;

namespace Basalt.Cli.Tests;

/// <summary><c>basalt jwt keygen</c>: a usable private key on stdout, and a spec entry on stderr that loads with it.</summary>
public sealed class CliJwtKeygenTests : IDisposable
{
    private readonly TempDirectory dir = new("basalt-cli-jwt");

    public void Dispose() => dir.Dispose();

    private Task<BasaltProcess.Result> Basalt(params string[] args) => BasaltProcess.RunAsync(dir.Path, args);

    [Theory]
    [InlineData("ES256", 256)]
    [InlineData("RS256", 2048)]
    public async Task The_printed_key_and_spec_entry_load_as_a_signing_key(string alg, int bits)
    {
        var result = await Basalt("jwt", "keygen", "--alg", alg, "--kid", "2026-01", "--env", "MY_KEY");

        Assert.Equal(0, result.ExitCode);
        var pem = result.Stdout.Trim();
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", pem, StringComparison.Ordinal);
        using AsymmetricAlgorithm key = alg == "ES256" ? ECDsa.Create() : RSA.Create();
        key.ImportFromPem(pem);
        Assert.Equal(bits, key.KeySize);
        Assert.DoesNotContain("PRIVATE KEY", result.Stderr, StringComparison.Ordinal);

        var entry = string.Join("\n", result.Stderr.Split('\n').SkipWhile(l => !l.Contains("signing_keys:", StringComparison.Ordinal)).TakeWhile(l => l.Trim().Length > 0));
        var spec = $"version: 1\nname: app\nauth:\n  jwt:\n{entry}\ntables:\n  t:\n    columns:\n      id: {{ type: bigint, primary: true }}\n";
        var loaded = SpecLoader.LoadText(spec, "basalt.yaml", new Dictionary<string, string?> { ["MY_KEY"] = pem });
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors) + "\n" + spec);
        var signingKey = Assert.Single(loaded.Spec!.Auth.Jwt.SigningKeys);
        Assert.Equal(("2026-01", alg, SigningKeyStatus.Standby), (signingKey.KeyId, signingKey.Algorithm, signingKey.Status));
    }

    [Fact]
    public async Task Without_options_the_key_is_es256_with_a_uuid_kid_and_each_run_makes_a_new_key()
    {
        var first = await Basalt("jwt", "keygen");
        var second = await Basalt("jwt", "keygen");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.NotEqual(first.Stdout, second.Stdout);
        Assert.Matches(@"kid: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n", first.Stderr.Replace("\r", "", StringComparison.Ordinal));
        Assert.Contains("alg: ES256", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("private_key: ${JWT_SIGNING_KEY}", first.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--alg", "HS256")]
    [InlineData("--kid", "has space")]
    [InlineData("--kid", "-starts-with-dash-is-fine-for-the-shell-but-not-a-kid")]
    [InlineData("--env", "1BAD")]
    public async Task Bad_options_are_usage_errors_that_print_no_key(string option, string value)
    {
        var result = await Basalt("jwt", "keygen", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("PRIVATE KEY", result.Output, StringComparison.Ordinal);
    }
}
