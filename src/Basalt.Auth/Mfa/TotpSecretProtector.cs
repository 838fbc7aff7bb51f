using System.Security.Cryptography;
using System.Text;

namespace Basalt.Auth.Mfa;

/// <summary>
/// Encrypts TOTP keys for <c>auth.mfa_factors.secret</c>: AES-256-GCM under a key derived (HKDF-SHA256) from
/// <c>auth.jwt.secret</c>, the factor id as associated data (a secret copied to another row does not decrypt), stored as
/// <c>v1:</c> + base64(nonce ‖ ciphertext ‖ tag). A database dump alone does not reveal the keys; changing the JWT
/// secret makes existing factors unusable (their users enroll again), as documented in docs/auth.md.
/// </summary>
public sealed class TotpSecretProtector(string jwtSecret)
{
    private const string Prefix = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(jwtSecret), 32,
        info: Encoding.UTF8.GetBytes("basalt mfa totp secret v1"));

    public string Protect(Guid factorId, byte[] secret)
    {
        var sealedBytes = new byte[NonceSize + secret.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, secret, sealedBytes.AsSpan(NonceSize, secret.Length), sealedBytes.AsSpan(NonceSize + secret.Length), Associated(factorId));
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The key, or null when the stored value is not one this secret sealed for this factor.</summary>
    public byte[]? Unprotect(Guid factorId, string stored)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        try
        {
            var sealedBytes = Convert.FromBase64String(stored[Prefix.Length..]);
            var length = sealedBytes.Length - NonceSize - TagSize;
            if (length <= 0)
            {
                return null;
            }
            var secret = new byte[length];
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length), secret, Associated(factorId));
            return secret;
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return null;
        }
    }

    private static byte[] Associated(Guid factorId) => Encoding.ASCII.GetBytes(factorId.ToString("D"));
}
