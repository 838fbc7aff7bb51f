using System.Security.Cryptography;
using System.Text;
using Basalt.Auth.Signing;
using Basalt.Auth.Tests.Support;
using Basalt.Auth.Tokens;
using Basalt.Spec.Settings;
using Basalt.Testing;
using Microsoft.IdentityModel.Tokens;
using static Basalt.Auth.Tests.Support.SignedTokens;

namespace Basalt.Auth.Tests.Signing;

/// <summary>
/// Every asymmetric token Basalt must refuse, with PostgREST's error, and the claims still checked on a good signature;
/// also an empty HS256 signature, which IdentityModel throws for rather than failing.
/// </summary>
public sealed class AsymmetricRefusalTests
{
    private static readonly JwtSettings Settings = JwtWith(
        Key("ec", "ES256", SigningKeyStatus.Current, TestSigningKeys.EcPkcs8),
        Key("rsa", "RS256", SigningKeyStatus.Previous, TestSigningKeys.RsaPkcs8));

    private static readonly AccessTokenValidator Validator = new(Settings, new ManualTime(Now));

    private static ISigningKey Ec => Signer("ec", "ES256", TestSigningKeys.EcPkcs8);

    private static ISigningKey Rsa => Signer("rsa", "RS256", TestSigningKeys.RsaPkcs8);

    private static byte[] EcPublicDer()
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(TestSigningKeys.EcPkcs8);
        return key.ExportSubjectPublicKeyInfo();
    }

    private static string DerSignature(string token)
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(TestSigningKeys.EcPkcs8);
        var input = token[..token.LastIndexOf('.')];
        return input + "." + Base64UrlEncoder.Encode(key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
    }

    private static string Truncated(string token)
    {
        var cut = token.LastIndexOf('.');
        return token[..(cut + 1)] + Base64UrlEncoder.Encode(Base64UrlEncoder.DecodeBytes(token[(cut + 1)..])[..^1]);
    }

    private static string Unsigned(string header) => Base64UrlEncoder.Encode(header) + "." + Base64UrlEncoder.Encode(Claims()) + ".";

    public static TheoryData<string, string, AccessTokenError> Refusals => new()
    {
        { "ES256 without kid", Sign(Ec, header: """{"alg":"ES256","typ":"JWT"}"""), AccessTokenError.NoSuitableKey },
        { "unknown kid", Sign(Ec, header: """{"alg":"ES256","kid":"gone"}"""), AccessTokenError.NoSuitableKey },
        { "kid not a string", Sign(Ec, header: """{"alg":"ES256","kid":7}"""), AccessTokenError.NoSuitableKey },
        { "kid of another case", Sign(Ec, header: """{"alg":"ES256","kid":"EC"}"""), AccessTokenError.NoSuitableKey },
        { "RS256 header on the EC key", Sign(Rsa, header: """{"alg":"RS256","kid":"ec"}"""), AccessTokenError.NoSuitableKey },
        { "ES256 header on the RSA key", Sign(Ec, header: """{"alg":"ES256","kid":"rsa"}"""), AccessTokenError.NoSuitableKey },
        { "ES384 header", Sign(Ec, header: """{"alg":"ES384","kid":"ec"}"""), AccessTokenError.NoSuitableKey },
        { "alg none with a kid", Unsigned("""{"alg":"none","kid":"ec"}"""), AccessTokenError.Unsecured },
        { "HS256 keyed with the public key's DER", Hmac(EcPublicDer(), """{"alg":"HS256","kid":"ec"}"""), AccessTokenError.WrongKey },
        { "HS256 keyed with the public key's PEM", Hmac(Encoding.ASCII.GetBytes(TestSigningKeys.EcPublic), """{"alg":"HS256","typ":"JWT"}"""), AccessTokenError.WrongKey },
        { "another EC key under our kid", Sign(Signer("ec", "ES256", TestSigningKeys.OtherEcPkcs8)), AccessTokenError.WrongKey },
        { "another RSA key under our kid", Sign(Signer("rsa", "RS256", TestSigningKeys.OtherRsaPkcs8)), AccessTokenError.WrongKey },
        { "DER signature instead of R and S", DerSignature(Sign(Ec)), AccessTokenError.WrongKey },
        { "forged payload", Sign(Ec)[..Sign(Ec).IndexOf('.')] + "." + Base64UrlEncoder.Encode("""{"role":"service_role"}""") + "." + Sign(Ec).Split('.')[2], AccessTokenError.WrongKey },
        { "signature a byte short", Truncated(Sign(Rsa)), AccessTokenError.WrongKey },
        { "ES256 signature a byte short", Truncated(Sign(Ec)), AccessTokenError.WrongKey },
        { "empty signature", Sign(Ec)[..(Sign(Ec).LastIndexOf('.') + 1)], AccessTokenError.WrongKey },
        { "HS256 with an empty signature", Hmac(Encoding.UTF8.GetBytes(Settings.Secret), """{"alg":"HS256"}""")[..^43], AccessTokenError.WrongKey },
        { "expired ES256 token", Sign(Ec, Claims(exp: NowSeconds - 31)), AccessTokenError.Expired },
        { "RS256 token for another audience", Sign(Rsa, """{"role":"authenticated","aud":"elsewhere"}"""), AccessTokenError.NotInAudience },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_bad_asymmetric_token_is_refused_with_postgrests_error(string why, string token, AccessTokenError expected)
    {
        var check = Validator.Validate(token);

        Assert.False(check.IsValid, why);
        Assert.Equal(expected, check.Error);
    }

    [Fact]
    public void The_same_keys_sign_tokens_the_validator_accepts()
    {
        Assert.True(Validator.Validate(Sign(Ec)).IsValid);
        Assert.True(Validator.Validate(Sign(Rsa)).IsValid);
    }
}
