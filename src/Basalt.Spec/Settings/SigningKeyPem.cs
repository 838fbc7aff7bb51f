using System.Security.Cryptography;

namespace Basalt.Spec.Settings;

/// <summary>
/// Reads a signing key's PEM into the key its algorithm needs: <c>ES256</c> an EC key on P-256, <c>RS256</c> an RSA key
/// of at least 2048 bits, each as PKCS#8 (<c>PRIVATE KEY</c>), SEC1 (<c>EC PRIVATE KEY</c>) or PKCS#1 (<c>RSA PRIVATE
/// KEY</c>). The spec loader uses it to report a bad key at load time, the auth service to sign and verify, so both
/// agree on what a usable key is. A problem never quotes the key: messages end up in logs and CI transcripts.
/// </summary>
public static class SigningKeyPem
{
    public const int MinRsaBits = 2048;

    private const string P256Oid = "1.2.840.10045.3.1.7";

    private static readonly string[] PrivateLabels = ["PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY"];

    /// <summary>The key (an <see cref="ECDsa"/> or an <see cref="RSA"/>, the caller's to dispose), or null and why not.</summary>
    public static AsymmetricAlgorithm? Import(string algorithm, string pem, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        // A PEM kept on one line of an env file often carries its line breaks as the two characters \n.
        if (!pem.Contains('\n', StringComparison.Ordinal) && pem.Contains("\\n", StringComparison.Ordinal))
        {
            pem = pem.Replace("\\n", "\n", StringComparison.Ordinal);
        }
        if (!PemEncoding.TryFind(pem, out var fields))
        {
            problem = "the private key is not PEM: expected a -----BEGIN PRIVATE KEY----- block; generate one with: basalt jwt keygen --alg " + algorithm;
            return null;
        }
        var label = pem[fields.Label];
        if (!PrivateLabels.Contains(label))
        {
            problem = label switch
            {
                "ENCRYPTED PRIVATE KEY" => "the private key is encrypted; Basalt needs it unencrypted (keep it in a secret store or an environment variable)",
                "PUBLIC KEY" or "RSA PUBLIC KEY" or "CERTIFICATE" => $"the PEM holds a {label.ToLowerInvariant()}, not a private key; a signing key needs its private key",
                _ => $"the PEM holds a '{label}' block; expected PRIVATE KEY, EC PRIVATE KEY or RSA PRIVATE KEY",
            };
            return null;
        }
        var block = pem[fields.Location];
        var key = (AsymmetricAlgorithm?)TryImport(ECDsa.Create(), block) ?? TryImport(RSA.Create(), block);
        problem = key switch
        {
            null => "the private key could not be read as a PKCS#8, SEC1 or PKCS#1 private key",
            ECDsa ec => Check(algorithm, ec),
            RSA rsa => Check(algorithm, rsa),
            _ => null,
        };
        if (problem is not null)
        {
            key?.Dispose();
            return null;
        }
        return key;
    }

    private static string? Check(string algorithm, ECDsa key)
    {
        if (algorithm != SigningKeySettings.Es256)
        {
            return $"alg {algorithm} needs an RSA key, found an EC key; use alg ES256 for it";
        }
        var curve = key.ExportParameters(false).Curve;
        return curve.IsNamed && curve.Oid.Value == P256Oid ? null : $"alg ES256 needs an EC key on curve P-256, found {CurveName(curve)}";
    }

    // The platform's friendly names differ between OpenSSL and Windows; the JOSE names are the ones users know.
    private static string CurveName(ECCurve curve) => !curve.IsNamed ? "an explicit curve" : curve.Oid.Value switch
    {
        "1.3.132.0.34" => "P-384",
        "1.3.132.0.35" => "P-521",
        "1.3.132.0.10" => "secp256k1",
        var oid => $"curve {oid}",
    };

    private static string? Check(string algorithm, RSA key)
    {
        if (algorithm != SigningKeySettings.Rs256)
        {
            return $"alg {algorithm} needs an EC P-256 key, found an RSA key; use alg RS256 for it";
        }
        return key.KeySize >= MinRsaBits ? null : $"alg RS256 needs an RSA key of at least {MinRsaBits} bits, found {key.KeySize}";
    }

    private static T? TryImport<T>(T key, string pem)
        where T : AsymmetricAlgorithm
    {
        try
        {
            key.ImportFromPem(pem);
            return key;
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            key.Dispose();
            return null;
        }
    }
}
