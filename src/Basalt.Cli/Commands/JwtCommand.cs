using System.CommandLine;
using System.Security.Cryptography;
using Basalt.Spec.Settings;

namespace Basalt.Cli.Commands;

/// <summary>
/// <c>basalt jwt keygen</c>: a new signing key for <c>auth.jwt.signing_keys</c>. The private key (PKCS#8 PEM) goes to
/// stdout, so <c>basalt jwt keygen &gt; key.pem</c> or <c>$(basalt jwt keygen)</c> captures only it; the spec entry to
/// paste goes to stderr. Nothing is written to disk or the database.
/// </summary>
internal static class JwtCommand
{
    public static Command Create()
    {
        var command = new Command("jwt", "Signing keys for access tokens.");
        command.Subcommands.Add(KeyGen());
        return command;
    }

    private static Command KeyGen()
    {
        var alg = new Option<string>("--alg") { Description = "ES256 (EC P-256, the default) or RS256 (RSA 2048).", DefaultValueFactory = _ => SigningKeySettings.Es256 };
        alg.AcceptOnlyFromAmong([.. SigningKeySettings.Algorithms]);
        var kid = new Option<string?>("--kid") { Description = "The key id written in tokens and the JWKS. Default: a new uuid." };
        var env = new Option<string>("--env") { Description = "The environment variable the spec entry reads the key from.", DefaultValueFactory = _ => "JWT_SIGNING_KEY" };
        var command = new Command("keygen", """
            Generate a signing key: the private key (PKCS#8 PEM) on stdout, the auth.jwt.signing_keys entry on stderr.
            Add it as standby, make it current once every server has it; see docs/auth.md, "Signing keys".

            Examples:
              basalt jwt keygen > jwt-key.pem
              export JWT_SIGNING_KEY="$(basalt jwt keygen --alg RS256 --kid 2026-01)"
            """) { alg, kid, env };
        command.SetAction(async (result, ct) =>
        {
            var algorithm = result.GetValue(alg)!;
            var keyId = result.GetValue(kid) ?? Guid.NewGuid().ToString("D");
            if (!SigningKeySettings.IsValidKeyId(keyId))
            {
                throw new CliException($"invalid kid '{keyId}'; {SigningKeySettings.KeyIdRule}", ExitCodes.UsageError);
            }
            var variable = result.GetValue(env)!;
            if (variable.Length == 0 || !variable.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || char.IsAsciiDigit(variable[0]))
            {
                throw new CliException($"invalid environment variable name '{variable}'; use letters, digits and '_', not starting with a digit", ExitCodes.UsageError);
            }
            using AsymmetricAlgorithm key = algorithm == SigningKeySettings.Es256 ? ECDsa.Create(ECCurve.NamedCurves.nistP256) : RSA.Create(SigningKeyPem.MinRsaBits);
            Console.WriteLine(key.ExportPkcs8PrivateKeyPem());
            await Console.Error.WriteLineAsync($"""
                Add this entry to auth.jwt in the spec, with the PEM above in the environment variable {variable}
                (or write private_key_file: <path to the PEM> instead of private_key):

                    signing_keys:
                      - kid: {keyId}
                        alg: {algorithm}
                        status: standby
                        private_key: ${"{"}{variable}{"}"}

                Make it current (and the old current key previous) once every server has it.
                """.AsMemory(), ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
