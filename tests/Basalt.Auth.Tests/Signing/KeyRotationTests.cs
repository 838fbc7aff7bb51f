using Basalt.Auth.Signing;
using Basalt.Auth.Tests.Support;
using Basalt.Auth.Tokens;
using Basalt.Spec.Settings;
using Basalt.Testing;
using static Basalt.Auth.Tests.Support.SignedTokens;

namespace Basalt.Auth.Tests.Signing;

/// <summary>
/// A rotation as docs/auth.md describes it, each step a new spec (a restart builds new keys and a new validator):
/// B added as standby, B current and A previous, A removed.
/// </summary>
public sealed class KeyRotationTests
{
    private static readonly ManualTime Clock = new(Now);

    private static SigningKeySettings A(SigningKeyStatus status) => Key("key-a", "ES256", status, TestSigningKeys.EcPkcs8);

    private static SigningKeySettings B(SigningKeyStatus status) => Key("key-b", "RS256", status, TestSigningKeys.RsaPkcs8);

    private static AccessTokenCheck Check(JwtSettings jwt, string token) => new AccessTokenValidator(jwt, Clock).Validate(token);

    [Fact]
    public void Tokens_of_a_previous_key_verify_until_it_is_removed_while_new_tokens_carry_the_new_kid()
    {
        var start = JwtWith(A(SigningKeyStatus.Current));
        var oldToken = Sign(SigningKeySet.From(start).Signer);
        Assert.True(Check(start, oldToken).IsValid);

        var announced = JwtWith(A(SigningKeyStatus.Current), B(SigningKeyStatus.Standby));
        Assert.Equal("key-a", SigningKeySet.From(announced).Signer.KeyId);
        Assert.True(Check(announced, oldToken).IsValid);

        var rotated = JwtWith(A(SigningKeyStatus.Previous), B(SigningKeyStatus.Current));
        var newToken = Sign(SigningKeySet.From(rotated).Signer);
        Assert.Equal(("RS256", "key-b"), (Jwt.Header(newToken).GetProperty("alg").GetString(), Jwt.Header(newToken).GetProperty("kid").GetString()));
        Assert.True(Check(rotated, oldToken).IsValid);
        Assert.True(Check(rotated, newToken).IsValid);

        var retired = JwtWith(B(SigningKeyStatus.Current));
        Assert.Equal(AccessTokenError.NoSuitableKey, Check(retired, oldToken).Error);
        Assert.True(Check(retired, newToken).IsValid);
    }

    [Fact]
    public void A_standby_key_verifies_before_it_signs()
    {
        var standbyToken = Sign(Signer("key-b", "RS256", TestSigningKeys.RsaPkcs8));

        Assert.True(Check(JwtWith(A(SigningKeyStatus.Current), B(SigningKeyStatus.Standby)), standbyToken).IsValid);
    }

    [Fact]
    public void Hs256_tokens_such_as_the_api_keys_keep_verifying_beside_asymmetric_keys()
    {
        var jwt = JwtWith(A(SigningKeyStatus.Current));
        var anon = global::Basalt.Auth.Tests.Support.Jwt.Sign("""{"alg":"HS256","typ":"JWT"}""", """{"role":"anon"}""", jwt.Secret);

        var check = Check(jwt, anon);

        Assert.True(check.IsValid, check.Error?.Details);
        Assert.Equal("anon", check.Claims.Role);
    }

    [Fact]
    public async Task Signing_in_with_a_current_es256_key_issues_tokens_the_user_endpoint_accepts()
    {
        var settings = AuthHarness.Settings(confirm: false) with { Jwt = JwtWith(A(SigningKeyStatus.Current)) };
        await using var auth = await AuthHarness.StartAsync("sqlite", settings);

        var session = await auth.SignedInAsync("keyed@example.com");

        var header = Jwt.Header(session.AccessToken.Token);
        Assert.Equal(("ES256", "key-a"), (header.GetProperty("alg").GetString(), header.GetProperty("kid").GetString()));
        var user = await auth.Service.Users.AuthenticateAsync(session.AccessToken.Token, default);
        Assert.True(user.IsSuccess, user.Error?.ToString());
        Assert.Equal(session.User.Id, user.Value.User.Id);
    }
}
