using System.Security.Cryptography;

namespace Basalt.Auth.Signing;

/// <summary>
/// ES256: ECDSA on P-256 with SHA-256. JWS wants the signature as the raw 32-byte R and S concatenated (IEEE P1363),
/// not the DER sequence most APIs produce, so that is the format asked for.
/// </summary>
public sealed class EcdsaSigningKey(string keyId, ECDsa key) : ISigningKey
{
    // Signing is rare (once per sign-in or refresh); the lock keeps one key object safe without relying on the platform's thread safety.
    private readonly Lock gate = new();

    public string Algorithm => "ES256";

    public string? KeyId => keyId;

    public byte[] Sign(ReadOnlySpan<byte> signingInput)
    {
        lock (gate)
        {
            return key.SignData(signingInput, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
    }
}
