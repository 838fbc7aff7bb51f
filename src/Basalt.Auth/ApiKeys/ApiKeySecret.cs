using Basalt.Auth.Tokens;

namespace Basalt.Auth.ApiKeys;

/// <summary>
/// The key itself: <c>bsk_</c> and 256 random bits in base64url (47 characters). The prefix makes a leaked key
/// recognisable to secret scanners and tells it apart from a JWT at a glance; the database keeps its SHA-256 only.
/// </summary>
public static class ApiKeySecret
{
    public const string Prefix = "bsk_";

    /// <summary>How much of the key lists show: the prefix and four random characters.</summary>
    public const int ShownLength = 8;

    public static string New() => Prefix + Secrets.NewToken();

    /// <summary>True for a string shaped like a Basalt key (JWTs start with <c>eyJ</c> and hold dots).</summary>
    public static bool IsOpaqueKey(string? text) => text is not null && text.StartsWith(Prefix, StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal);

    public static string Hash(string key) => Secrets.Sha256Hex(key);

    public static string Shown(string key) => key[..Math.Min(ShownLength, key.Length)];
}
