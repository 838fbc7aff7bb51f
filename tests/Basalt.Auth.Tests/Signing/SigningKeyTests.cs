using System.Text.Json;
using Basalt.Auth.Signing;
using Basalt.Auth.Tests.Support;
using Basalt.Auth.Tokens;
using Basalt.Spec.Settings;
using Basalt.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static Basalt.Auth.Tests.Support.SignedTokens;

namespace Basalt.Auth.Tests.Signing;

/// <summary>ES256 and RS256 keys: what they sign, that Basalt and a standard library given only the JWKS both verify it.</summary>
public sealed class SigningKeyTests
{
    public static TheoryData<string> Algorithms => new() { "ES256", "RS256" };

    private static string Pem(string alg) => alg == "ES256" ? TestSigningKeys.EcPkcs8 : TestSigningKeys.RsaPkcs8;

    [Fact]
    public void Without_a_current_key_tokens_are_signed_with_hs256_and_no_kid()
    {
        var standbyOnly = SigningKeySet.From(JwtWith(Key("next", "ES256", SigningKeyStatus.Standby, TestSigningKeys.EcPkcs8)));

        Assert.Equal(("HS256", null), (standbyOnly.Signer.Algorithm, standbyOnly.Signer.KeyId));
        Assert.Equal("HS256", SigningKeySet.From(JwtWith()).Signer.Algorithm);
    }

    [Fact]
    public void An_es256_signature_is_the_64_bytes_of_r_and_s_and_rs256_the_size_of_the_modulus()
    {
        Assert.Equal(64, Signer("e", "ES256", TestSigningKeys.EcSec1).Sign("input"u8).Length);
        Assert.Equal(256, Signer("r", "RS256", TestSigningKeys.RsaPkcs1).Sign("input"u8).Length);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void A_token_signed_by_the_current_key_carries_its_kid_and_verifies(string alg)
    {
        var jwt = JwtWith(Key("key-1", alg, SigningKeyStatus.Current, Pem(alg)));
        var token = Sign(SigningKeySet.From(jwt).Signer);

        var header = Jwt.Header(token);
        Assert.Equal((alg, "key-1"), (header.GetProperty("alg").GetString(), header.GetProperty("kid").GetString()));
        var check = new AccessTokenValidator(jwt, new ManualTime(Now)).Validate(token);
        Assert.True(check.IsValid, check.Error?.Details);
        Assert.Equal("authenticated", check.Claims.Role);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public async Task A_standard_library_given_only_the_jwks_verifies_the_token(string alg)
    {
        var jwt = JwtWith(Key("key-1", alg, SigningKeyStatus.Current, Pem(alg)), Key("other", "ES256", SigningKeyStatus.Standby, TestSigningKeys.OtherEcPkcs8));
        var keys = SigningKeySet.From(jwt);
        var jwks = new JsonWebKeySet(System.Text.Encoding.UTF8.GetString(JwksDocument.Render(keys)));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(Sign(keys.Signer), Parameters(jwks));

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("key-1", ((JsonWebToken)result.SecurityToken).Kid);
        var forged = await new JsonWebTokenHandler().ValidateTokenAsync(Sign(Signer("key-1", "ES256", TestSigningKeys.NewEcPem())), Parameters(jwks));
        Assert.False(forged.IsValid);
    }

    [Fact]
    public void The_jwks_lists_public_parameters_only_and_never_the_secret()
    {
        var keys = SigningKeySet.From(JwtWith(
            Key("ec", "ES256", SigningKeyStatus.Current, TestSigningKeys.EcPkcs8),
            Key("rsa", "RS256", SigningKeyStatus.Previous, TestSigningKeys.RsaPkcs8),
            Key("next", "ES256", SigningKeyStatus.Standby, TestSigningKeys.OtherEcPkcs8)));

        var json = JwksDocument.Render(keys);
        var listed = JsonDocument.Parse(json).RootElement.GetProperty("keys").EnumerateArray().ToArray();

        Assert.Equal(["ec", "rsa", "next"], listed.Select(k => k.GetProperty("kid").GetString()));
        Assert.Equal(["kty", "kid", "alg", "use", "key_ops", "crv", "x", "y"], listed[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["kty", "kid", "alg", "use", "key_ops", "n", "e"], listed[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("EC", "ES256", "sig", "P-256"), (listed[0].GetProperty("kty").GetString(), listed[0].GetProperty("alg").GetString(),
            listed[0].GetProperty("use").GetString(), listed[0].GetProperty("crv").GetString()));
        Assert.Equal(["verify"], listed[1].GetProperty("key_ops").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal("AQAB", listed[1].GetProperty("e").GetString());
        var text = System.Text.Encoding.UTF8.GetString(json);
        foreach (var privatePart in new[] { "\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"", "\"k\"" })
        {
            Assert.DoesNotContain(privatePart, text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(AuthSettings.DevelopmentSecret, text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_hs256_only_the_jwks_is_empty()
    {
        Assert.Equal("""{"keys":[]}""", System.Text.Encoding.UTF8.GetString(JwksDocument.Render(SigningKeySet.From(JwtWith()))));
    }

    [Fact]
    public void Settings_built_by_hand_with_a_bad_key_throw_without_quoting_it()
    {
        var pem = TestSigningKeys.RsaPkcs8;

        var error = Assert.Throws<ArgumentException>(() => SigningKeySet.From(JwtWith(Key("k", "ES256", SigningKeyStatus.Current, pem))));

        Assert.Contains("signing key 'k'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestSigningKeys.BodyLine(pem), error.Message, StringComparison.Ordinal);
    }

    private static TokenValidationParameters Parameters(JsonWebKeySet jwks) => new()
    {
        IssuerSigningKeys = jwks.GetSigningKeys(),
        ValidateIssuer = false,
        ValidateAudience = false,
        ValidateLifetime = false,
    };
}
