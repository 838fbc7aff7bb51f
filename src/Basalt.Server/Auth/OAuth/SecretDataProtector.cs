using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Basalt.Server.Auth.OAuth;

/// <summary>
/// Protects what the OAuth/OIDC handlers send through the browser (the <c>state</c>, the OIDC nonce cookie) with a key
/// every instance shares: AES-256-GCM under HKDF-SHA256 of <c>auth.jwt.secret</c> and the purpose chain. ASP.NET's
/// default key ring lives in one process, so a callback landing on another instance behind a load balancer would
/// fail; this one does not. Changing the secret invalidates sign-ins in flight, nothing else.
/// </summary>
internal sealed class SecretDataProtector : IDataProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] secret;
    private readonly string purpose;
    private readonly byte[] key;

    public SecretDataProtector(string jwtSecret, string purpose = "basalt oauth v1")
    {
        secret = Encoding.UTF8.GetBytes(jwtSecret);
        this.purpose = purpose;
        key = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: Encoding.UTF8.GetBytes(purpose));
    }

    public IDataProtector CreateProtector(string purpose) => new SecretDataProtector(Encoding.UTF8.GetString(secret), this.purpose + "\n" + purpose);

    public byte[] Protect(byte[] plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var sealedBytes = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize, plaintext.Length), sealedBytes.AsSpan(NonceSize + plaintext.Length));
        return sealedBytes;
    }

    /// <summary>The plaintext; throws <see cref="CryptographicException"/> for anything this key did not seal (the handlers treat it as a bad state).</summary>
    public byte[] Unprotect(byte[] protectedData)
    {
        ArgumentNullException.ThrowIfNull(protectedData);
        if (protectedData.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("the protected data is too short");
        }
        var length = protectedData.Length - NonceSize - TagSize;
        var plaintext = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(protectedData.AsSpan(0, NonceSize), protectedData.AsSpan(NonceSize, length), protectedData.AsSpan(NonceSize + length), plaintext);
        return plaintext;
    }
}
