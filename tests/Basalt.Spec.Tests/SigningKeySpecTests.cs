using Basalt.Spec.Loading;
using Basalt.Spec.Settings;
using Basalt.Testing;

namespace Basalt.Spec.Tests;

/// <summary><c>auth.jwt.signing_keys</c>: the keys a spec accepts, and every way a key is refused, without the PEM in any message.</summary>
public sealed class SigningKeySpecTests : IDisposable
{
    private const string Tables = "tables:\n  t:\n    columns:\n      id: { type: bigint, primary: true }\n";
    private const string Head = "version: 1\nname: app\nauth:\n  jwt:\n    signing_keys:\n";

    private readonly TempDirectory dir = new("basalt-spec-keys");

    public void Dispose() => dir.Dispose();

    /// <summary>A list item whose lines are 6 (kid, value at column 14), 7 (alg, 14), 8 (status, 17) and 9 (the key, 22).</summary>
    private static string Item(string kid, string alg, string status, string key = "private_key: ${K}") =>
        $"      - kid: {kid}\n        alg: {alg}\n        status: {status}\n        {key}\n";

    private static Dictionary<string, string?> Env(string? pem = null, string? other = null) =>
        new() { ["K"] = pem ?? TestSigningKeys.EcPkcs8, ["K2"] = other ?? TestSigningKeys.RsaPkcs8 };

    [Fact]
    public void Keys_are_read_in_order_with_their_state_from_the_environment_and_from_files()
    {
        dir.Write("keys/rsa.pem", TestSigningKeys.RsaPkcs1);
        var yaml = Head + Item("ec-1", "ES256", "current") + Item("rsa-0", "RS256", "previous", "private_key_file: keys/rsa.pem")
            + Item("ec-2", "ES256", "standby", "private_key: ${K2}") + Tables;

        var result = SpecLoader.LoadText(yaml, dir.File("basalt.yaml"), Env(other: TestSigningKeys.EcSec1));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var keys = result.Spec!.Auth.Jwt.SigningKeys;
        Assert.Equal([("ec-1", "ES256", SigningKeyStatus.Current), ("rsa-0", "RS256", SigningKeyStatus.Previous), ("ec-2", "ES256", SigningKeyStatus.Standby)],
            keys.Select(k => (k.KeyId, k.Algorithm, k.Status)));
        Assert.Equal([TestSigningKeys.EcPkcs8, TestSigningKeys.RsaPkcs1, TestSigningKeys.EcSec1], keys.Select(k => k.PrivateKeyPem));
    }

    [Fact]
    public void Without_signing_keys_the_list_is_empty()
    {
        Assert.Empty(SpecAssert.Valid("version: 1\nname: app\nauth:\n  jwt: { access_ttl: 5m }\n" + Tables).Auth.Jwt.SigningKeys);
        Assert.Empty(SpecAssert.Valid(Head.Replace("signing_keys:\n", "signing_keys: []\n", StringComparison.Ordinal) + Tables).Auth.Jwt.SigningKeys);
    }

    [Fact]
    public void A_pem_written_on_one_line_with_escaped_newlines_is_read()
    {
        var oneLine = TestSigningKeys.RsaPkcs8.Trim().Replace("\n", "\\n", StringComparison.Ordinal);

        var spec = SpecAssert.Valid(Head + Item("r", "RS256", "current") + Tables, Env(oneLine));

        Assert.Equal("r", Assert.Single(spec.Auth.Jwt.SigningKeys).KeyId);
    }

    [Fact]
    public void The_printed_settings_leave_the_private_key_out()
    {
        var spec = SpecAssert.Valid(Head + Item("k", "ES256", "current") + Tables, Env());

        var printed = spec.Auth.Jwt.SigningKeys[0].ToString();

        Assert.Contains("KeyId = k", printed, StringComparison.Ordinal);
        Assert.DoesNotContain(TestSigningKeys.BodyLine(TestSigningKeys.EcPkcs8), printed, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE", printed, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string?, int, int, string, string> Invalid => new()
    {
        { "unknown alg", Item("k", "HS256", "current"), null, 7, 14, "auth.jwt.signing_keys[0].alg", "unknown signing algorithm 'HS256'; did you mean 'ES256'? valid: ES256, RS256" },
        { "unknown status", Item("k", "ES256", "active"), null, 8, 17, "auth.jwt.signing_keys[0].status", "unknown signing key status 'active'; valid: current, standby, previous" },
        {
            "not PEM", Item("k", "ES256", "current"), "not a key at all", 9, 22, "auth.jwt.signing_keys[0].private_key",
            "the private key is not PEM: expected a -----BEGIN PRIVATE KEY----- block; generate one with: basalt jwt keygen --alg ES256"
        },
        {
            "public key", Item("k", "ES256", "current"), TestSigningKeys.EcPublic, 9, 22, "auth.jwt.signing_keys[0].private_key",
            "the PEM holds a public key, not a private key; a signing key needs its private key"
        },
        {
            "encrypted key", Item("k", "ES256", "current"), TestSigningKeys.EncryptedEc, 9, 22, "auth.jwt.signing_keys[0].private_key",
            "the private key is encrypted; Basalt needs it unencrypted (keep it in a secret store or an environment variable)"
        },
        {
            "corrupt body", Item("k", "ES256", "current"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", 9, 22, "auth.jwt.signing_keys[0].private_key",
            "the private key could not be read as a PKCS#8, SEC1 or PKCS#1 private key"
        },
        {
            "RSA key for ES256", Item("k", "ES256", "current"), TestSigningKeys.RsaPkcs8, 9, 22, "auth.jwt.signing_keys[0].private_key",
            "alg ES256 needs an EC P-256 key, found an RSA key; use alg RS256 for it"
        },
        {
            "EC key for RS256", Item("k", "RS256", "current"), TestSigningKeys.EcSec1, 9, 22, "auth.jwt.signing_keys[0].private_key",
            "alg RS256 needs an RSA key, found an EC key; use alg ES256 for it"
        },
        {
            "P-384", Item("k", "ES256", "current"), TestSigningKeys.EcP384(), 9, 22, "auth.jwt.signing_keys[0].private_key",
            "alg ES256 needs an EC key on curve P-256, found P-384"
        },
        {
            "RSA 1024", Item("k", "RS256", "current"), TestSigningKeys.Rsa1024(), 9, 22, "auth.jwt.signing_keys[0].private_key",
            "alg RS256 needs an RSA key of at least 2048 bits, found 1024"
        },
        {
            "empty key", Item("k", "ES256", "current"), "", 9, 22, "auth.jwt.signing_keys[0].private_key",
            "the private key is empty; set its environment variable to the PEM (see basalt jwt keygen)"
        },
        {
            "kid with a space", Item("\"my key\"", "ES256", "current"), null, 6, 14, "auth.jwt.signing_keys[0].kid",
            "invalid kid 'my key'; use up to 64 letters, digits, '.', '_' and '-', starting with a letter or digit"
        },
        {
            "kid too long", Item(new string('k', 65), "ES256", "current"), null, 6, 14, "auth.jwt.signing_keys[0].kid",
            $"invalid kid '{new string('k', 64)}…'; use up to 64 letters, digits, '.', '_' and '-', starting with a letter or digit"
        },
        {
            "duplicate kid", Item("k", "ES256", "current") + Item("k", "RS256", "previous", "private_key: ${K2}"), null, 10, 14, "auth.jwt.signing_keys[1].kid",
            "kid 'k' is used by two signing keys; each key needs its own"
        },
        {
            "two current keys", Item("a", "ES256", "current") + Item("b", "RS256", "current", "private_key: ${K2}"), null, 12, 17, "auth.jwt.signing_keys[1].status",
            "only one signing key can be current and 'a' already is; make this one standby or previous"
        },
        {
            "no private key", Item("k", "ES256", "current", "# none"), null, 6, 9, "auth.jwt.signing_keys[0]",
            "missing required key 'private_key' (a PEM, usually ${VARIABLE}) or 'private_key_file'"
        },
        {
            "both key sources", Item("k", "ES256", "current") + "        private_key_file: k.pem\n", null, 10, 9, "auth.jwt.signing_keys[0].private_key_file",
            "set private_key or private_key_file, not both"
        },
        {
            "missing key file", Item("k", "ES256", "current", "private_key_file: nowhere.pem"), null, 9, 27, "auth.jwt.signing_keys[0].private_key_file",
            "cannot read the key file 'nowhere.pem'"
        },
        {
            "a PEM as private_key_file", Item("k", "ES256", "current", "private_key_file: ${K}"), null, 9, 27, "auth.jwt.signing_keys[0].private_key_file",
            "private_key_file holds a PEM, not a path; put the PEM in private_key instead"
        },
        {
            "a PEM as a list item", "      - ${K}\n", null, 6, 9, "auth.jwt.signing_keys[0]",
            "expected a signing key { kid, alg, status, private_key }, found a single value"
        },
        {
            "missing kid", "      - alg: ES256\n        status: current\n        private_key: ${K}\n", null, 6, 9, "auth.jwt.signing_keys[0]",
            "missing required key 'kid'; generate a key and its kid with: basalt jwt keygen"
        },
        {
            "unknown key", Item("k", "ES256", "current") + "        use: sig\n", null, 10, 9, "auth.jwt.signing_keys[0].use",
            "unknown key 'use'; valid: kid, alg, status, private_key, private_key_file"
        },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void A_bad_key_is_refused_where_it_is_written_without_quoting_the_key(string name, string items, string? pem, int line, int column, string path, string message)
    {
        var environment = Env(pem);
        var result = SpecLoader.LoadText(Head + items + Tables, "basalt.yaml", environment);

        SpecAssert.SingleError(result, line, column, path, message);
        var keyLines = environment.Values.SelectMany(v => v!.Split('\n')).Where(l => l.Length >= 4 && !l.StartsWith("-----", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, e => keyLines.Any(l => e.ToString().Contains(l, StringComparison.Ordinal)));
        Assert.NotEmpty(name);
    }

    [Fact]
    public void A_pem_given_where_the_list_belongs_is_not_echoed()
    {
        var result = SpecAssert.Load("version: 1\nname: app\nauth:\n  jwt:\n    signing_keys: \"${K}\"\n" + Tables, Env());

        SpecAssert.SingleError(result, 5, 19, "auth.jwt.signing_keys", "expected a list of signing keys, found a single value");
    }
}
