using System.Security.Cryptography;
using System.Text;
using Basalt.Auth.Errors;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Auth.Accounts;

/// <summary>
/// A PKCE challenge (RFC 7636) as GoTrue takes it at <c>/authorize</c>: <c>s256</c> (the default) or <c>plain</c>, and
/// a challenge of 43 to 128 characters of the unreserved set; checked against the verifier at the code exchange.
/// </summary>
public sealed record PkceChallenge(string Challenge, string Method)
{
    public const string S256 = "s256";
    public const string Plain = "plain";

    public static AuthResult<PkceChallenge> Parse(string challenge, string? method)
    {
        var normalized = string.IsNullOrEmpty(method) ? S256 : method.ToLowerInvariant();
        if (normalized is not (S256 or Plain))
        {
            return AuthErrors.Validation("code challenge method not supported");
        }
        if (!IsUnreservedOfLength(challenge))
        {
            return AuthErrors.Validation("code challenge has to be between 43 and 128 characters");
        }
        return new PkceChallenge(challenge, normalized);
    }

    /// <summary>True when <paramref name="verifier"/> answers this challenge; compared in constant time.</summary>
    public bool IsAnsweredBy(string verifier)
    {
        var expected = Method == S256 ? Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) : verifier;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(Challenge));
    }

    /// <summary>RFC 7636's verifier (and challenge) alphabet and length.</summary>
    public static bool IsUnreservedOfLength(string? text) =>
        text is { Length: >= 43 and <= 128 } && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~');
}
