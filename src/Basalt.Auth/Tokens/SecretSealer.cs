using System.Security.Cryptography;
using System.Text;

namespace Basalt.Auth.Tokens;

/// <summary>
/// Encrypts secrets Basalt must read back from its tables — TOTP keys in <c>auth.mfa_factors.secret</c>, a provider's
/// access token in <c>auth.flow_state</c> until its PKCE code is exchanged: AES-256-GCM under a key derived
/// (HKDF-SHA256) from <c>auth.jwt.secret</c> and the purpose (each purpose its own key), the owning row's id as
/// associated data (a value copied to another row does not decrypt), stored as <c>v1:</c> + base64(nonce ‖ ciphertext ‖
/// tag). A database dump alone does not reveal them; changing the JWT secret makes existing ones unreadable (MFA users
/// enroll again), as documented in docs/auth.md.
/// </summary>
public sealed class SecretSealer(string jwtSecret, string purpose)
{
    public const string TotpKeys = "basalt mfa totp secret v1";

    public const string ProviderTokens = "basalt oauth provider token v1";

    private const string Prefix = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(jwtSecret), 32,
        info: Encoding.UTF8.GetBytes(purpose));

    public string Protect(Guid ownerId, byte[] secret)
    {
        var sealedBytes = new byte[NonceSize + secret.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, secret, sealedBytes.AsSpan(NonceSize, secret.Length), sealedBytes.AsSpan(NonceSize + secret.Length), Associated(ownerId));
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The secret, or null when the stored value is not one this key sealed for this row.</summary>
    public byte[]? Unprotect(Guid ownerId, string stored)
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
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length), secret, Associated(ownerId));
            return secret;
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return null;
        }
    }

    private static byte[] Associated(Guid ownerId) => Encoding.ASCII.GetBytes(ownerId.ToString("D"));
}
