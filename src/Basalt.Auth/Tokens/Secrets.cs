using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Auth.Tokens;

/// <summary>
/// Random secrets and their stored form. Tokens are 256 random bits, base64url; the database keeps only their SHA-256
/// (hex), so it is looked up by hash and a leaked table signs no one in. Codes (six digits) are compared in constant time.
/// </summary>
public static class Secrets
{
    public static string NewToken() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    /// <summary>A six-digit code, uniformly drawn.</summary>
    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Equality of two hex hashes that takes the same time wherever they differ.</summary>
    public static bool FixedTimeEquals(string? a, string? b) =>
        a is not null && b is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
}
