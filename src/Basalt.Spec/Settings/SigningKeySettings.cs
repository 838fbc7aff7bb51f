using System.Text;
using System.Text.RegularExpressions;

namespace Basalt.Spec.Settings;

/// <summary>
/// One asymmetric key of <c>auth.jwt.signing_keys</c>: its <c>kid</c> (written in the header of the tokens it signs and
/// in the JWKS), its JWS algorithm (<c>ES256</c> or <c>RS256</c>), its rotation state, and its private key as PEM
/// (PKCS#8, SEC1 or PKCS#1; see <see cref="SigningKeyPem"/>).
/// </summary>
public sealed partial record SigningKeySettings(string KeyId, string Algorithm, SigningKeyStatus Status, string PrivateKeyPem)
{
    public const string Es256 = "ES256";

    public const string Rs256 = "RS256";

    public const int MaxKeyIdLength = 64;

    public const string KeyIdRule = "use up to 64 letters, digits, '.', '_' and '-', starting with a letter or digit";

    public static IReadOnlyList<string> Algorithms { get; } = [Es256, Rs256];

    /// <summary>A kid travels in token headers and URLs of key tools; a small alphabet keeps it safe everywhere (a uuid fits).</summary>
    public static bool IsValidKeyId(string keyId) => keyId.Length <= MaxKeyIdLength && KeyIdPattern().IsMatch(keyId);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex KeyIdPattern();

    /// <summary>The printed form leaves the private key out: records print every property, and settings end up in logs.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"KeyId = {KeyId}, Algorithm = {Algorithm}, Status = {Status}");
        return true;
    }
}
