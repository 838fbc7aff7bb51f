using System.Security.Cryptography;

namespace Basalt.Auth.Signing;

/// <summary>RS256: RSASSA-PKCS1-v1_5 with SHA-256, the signature as the modulus-sized big-endian integer JWS expects.</summary>
public sealed class RsaSigningKey(string keyId, RSA key) : ISigningKey
{
    // Signing is rare (once per sign-in or refresh); the lock keeps one key object safe without relying on the platform's thread safety.
    private readonly Lock gate = new();

    public string Algorithm => "RS256";

    public string? KeyId => keyId;

    public byte[] Sign(ReadOnlySpan<byte> signingInput)
    {
        lock (gate)
        {
            return key.SignData(signingInput.ToArray(), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
    }
}
