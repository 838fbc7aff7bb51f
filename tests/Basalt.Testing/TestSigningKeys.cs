using System.Security.Cryptography;

namespace Basalt.Testing;

/// <summary>
/// Fresh private keys as PEM for signing-key tests, made once per test run (RSA generation is slow): EC P-256 in each
/// PEM form Basalt reads, RSA 2048, and the keys a spec must refuse (other curves, short RSA, public or encrypted PEM).
/// </summary>
public static class TestSigningKeys
{
    private static readonly Lazy<ECDsa> Ec = new(() => ECDsa.Create(ECCurve.NamedCurves.nistP256));
    private static readonly Lazy<ECDsa> OtherEc = new(() => ECDsa.Create(ECCurve.NamedCurves.nistP256));
    private static readonly Lazy<RSA> Rsa = new(() => RSA.Create(2048));
    private static readonly Lazy<RSA> OtherRsa = new(() => RSA.Create(2048));

    /// <summary>A PKCS#8 PEM of a new P-256 key: each call a different key.</summary>
    public static string NewEcPem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKeyPem();
    }

    public static string EcPkcs8 => Ec.Value.ExportPkcs8PrivateKeyPem();

    public static string EcSec1 => Ec.Value.ExportECPrivateKeyPem();

    public static string EcPublic => Ec.Value.ExportSubjectPublicKeyInfoPem();

    public static string OtherEcPkcs8 => OtherEc.Value.ExportPkcs8PrivateKeyPem();

    public static string RsaPkcs8 => Rsa.Value.ExportPkcs8PrivateKeyPem();

    public static string RsaPkcs1 => Rsa.Value.ExportRSAPrivateKeyPem();

    public static string OtherRsaPkcs8 => OtherRsa.Value.ExportPkcs8PrivateKeyPem();

    public static string EncryptedEc => Ec.Value.ExportEncryptedPkcs8PrivateKeyPem("password",
        new PbeParameters(PbeEncryptionAlgorithm.Aes128Cbc, HashAlgorithmName.SHA256, 1000));

    public static string EcP384()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        return key.ExportPkcs8PrivateKeyPem();
    }

    public static string Rsa1024()
    {
        using var key = RSA.Create(1024);
        return key.ExportPkcs8PrivateKeyPem();
    }

    /// <summary>A line of the key's base64 body: an error or log containing it has leaked the key.</summary>
    public static string BodyLine(string pem) => pem.Split('\n')[1];
}
