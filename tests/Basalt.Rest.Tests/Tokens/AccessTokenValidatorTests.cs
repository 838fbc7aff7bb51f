using Basalt.Auth.Keys;
using Basalt.Auth.Tokens;
using Basalt.Rest.Tests.Support;
using Microsoft.IdentityModel.Tokens;
using static Basalt.Rest.Tests.Support.TestTokens;

namespace Basalt.Rest.Tests.Tokens;

/// <summary>Every way a token is refused, with PostgREST's wording, and what a good token yields.</summary>
public sealed class AccessTokenValidatorTests
{
    private static readonly AccessTokenValidator Validator = new(Jwt, new FixedTime(Now));

    public static TheoryData<string, string, AccessTokenErrorKind, string, string?> Refusals => new()
    {
        { "empty", "", AccessTokenErrorKind.Undecodable, "Empty JWT is sent in Authorization header", null },
        { "one part", "abc", AccessTokenErrorKind.Undecodable, "Expected 3 parts in JWT; got 1", null },
        { "two parts", "ey9zdGdyZXN0.y4vZuu1dDdwAl0", AccessTokenErrorKind.Undecodable, "Expected 3 parts in JWT; got 2", null },
        { "four parts", "a.b.c.d", AccessTokenErrorKind.Undecodable, "Expected 3 parts in JWT; got 4", null },
        { "garbage in three parts", "quifquirndsjagnrgniur.fonvoienqhhdj.iuqvnvhojah", AccessTokenErrorKind.Undecodable, "JWT cryptographic operation failed", null },
        { "header not base64", "%%%.e30.abc", AccessTokenErrorKind.Undecodable, "JWT cryptographic operation failed", null },
        { "header without alg", SignRaw("""{"typ":"JWT"}""", """{"role":"service_role"}"""), AccessTokenErrorKind.Undecodable, "JWT cryptographic operation failed", null },
        { "alg none", Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") + "." + Base64UrlEncoder.Encode("""{"role":"service_role"}""") + ".",
            AccessTokenErrorKind.Undecodable, "Wrong or unsupported encoding algorithm", "JWT is unsecured but expected 'alg' was not 'none'" },
        { "alg None", Base64UrlEncoder.Encode("""{"alg":"None"}""") + "." + Base64UrlEncoder.Encode("""{"role":"service_role"}""") + ".x",
            AccessTokenErrorKind.Undecodable, "Wrong or unsupported encoding algorithm", "JWT is unsecured but expected 'alg' was not 'none'" },
        { "RS256 header", SignRaw("""{"alg":"RS256","typ":"JWT"}""", """{"role":"service_role"}"""),
            AccessTokenErrorKind.Undecodable, "No suitable key or wrong key type", "No suitable key was found to decode the JWT" },
        { "HS512", Sign(new { role = "service_role" }, algorithm: "HS512"),
            AccessTokenErrorKind.Undecodable, "No suitable key or wrong key type", "No suitable key was found to decode the JWT" },
        { "unknown alg", SignRaw("""{"alg":"XYZ"}""", """{"role":"service_role"}"""),
            AccessTokenErrorKind.Undecodable, "Wrong or unsupported encoding algorithm", "Unsupported alg: XYZ" },
        { "wrong key", Sign(new { role = "service_role" }, OtherSecret),
            AccessTokenErrorKind.Undecodable, "No suitable key or wrong key type", "None of the keys was able to decode the JWT" },
        { "forged payload", Forge(Sign(new { role = "anon" }), """{"role":"service_role"}"""),
            AccessTokenErrorKind.Undecodable, "No suitable key or wrong key type", "None of the keys was able to decode the JWT" },
        { "signature cut off", Sign(new { role = "service_role" })[..^3],
            AccessTokenErrorKind.Undecodable, "No suitable key or wrong key type", "None of the keys was able to decode the JWT" },
        { "payload not an object", SignRaw("""{"alg":"HS256"}""", "[1,2]"), AccessTokenErrorKind.InvalidClaims, "Parsing claims failed", null },
        { "payload not json", SignRaw("""{"alg":"HS256"}""", "not json"), AccessTokenErrorKind.InvalidClaims, "Parsing claims failed", null },
        { "expired", Sign(new { role = "service_role", exp = NowSeconds - 31 }), AccessTokenErrorKind.InvalidClaims, "JWT expired", null },
        { "not yet valid", Sign(new { role = "service_role", nbf = NowSeconds + 31 }), AccessTokenErrorKind.InvalidClaims, "JWT not yet valid", null },
        { "issued in the future", Sign(new { role = "service_role", iat = NowSeconds + 31 }), AccessTokenErrorKind.InvalidClaims, "JWT issued at future", null },
        { "exp not a number", Sign(new { role = "service_role", exp = "tomorrow" }), AccessTokenErrorKind.InvalidClaims, "The JWT 'exp' claim must be a number", null },
        { "nbf not a number", Sign(new { role = "service_role", nbf = true }), AccessTokenErrorKind.InvalidClaims, "The JWT 'nbf' claim must be a number", null },
        { "iat not a number", Sign(new { role = "service_role", iat = "x" }), AccessTokenErrorKind.InvalidClaims, "The JWT 'iat' claim must be a number", null },
        { "exp checked before nbf", Sign(new { exp = "x", nbf = "y" }), AccessTokenErrorKind.InvalidClaims, "The JWT 'exp' claim must be a number", null },
        { "expiry checked before audience", Sign(new { exp = NowSeconds - 100, aud = "other" }), AccessTokenErrorKind.InvalidClaims, "JWT expired", null },
        { "wrong audience", Sign(new { role = "service_role", aud = "someone-else" }), AccessTokenErrorKind.InvalidClaims, "JWT not in audience", null },
        { "audience list without ours", Sign(new { role = "service_role", aud = new[] { "a", "b" } }), AccessTokenErrorKind.InvalidClaims, "JWT not in audience", null },
        { "audience a number", Sign(new { role = "service_role", aud = 3 }), AccessTokenErrorKind.InvalidClaims, "The JWT 'aud' claim must be a string or an array of strings", null },
        { "audience list with a number", Sign(new { role = "service_role", aud = new object[] { "authenticated", 4 } }), AccessTokenErrorKind.InvalidClaims, "The JWT 'aud' claim must be a string or an array of strings", null },
        { "audience an object", Sign(new { role = "service_role", aud = new { x = 1 } }), AccessTokenErrorKind.InvalidClaims, "The JWT 'aud' claim must be a string or an array of strings", null },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_bad_token_is_refused_with_postgrests_error(string why, string token, AccessTokenErrorKind kind, string message, string? details)
    {
        var check = Validator.Validate(token);

        Assert.False(check.IsValid, why);
        Assert.Equal(new AccessTokenError(kind, message, details), check.Error);
        Assert.Null(check.Claims);
    }

    [Fact]
    public void The_service_key_basalt_issues_is_valid_with_its_role()
    {
        var keys = ServiceKeys.Issue(Jwt, "blog", new FixedTime(Now));

        var service = Validator.Validate(keys.ServiceRole);
        var anon = Validator.Validate(keys.Anon);

        Assert.True(service.IsValid);
        Assert.Equal("service_role", service.Claims.Role);
        Assert.Null(service.Claims.Subject);
        Assert.Equal("anon", anon.Claims!.Role);
    }

    [Fact]
    public void A_user_token_yields_its_role_and_subject()
    {
        var check = Validator.Validate(Authenticated("u-42"));

        Assert.True(check.IsValid);
        Assert.Equal("authenticated", check.Claims.Role);
        Assert.Equal("u-42", check.Claims.Subject);
        Assert.Equal("authenticated", check.Claims.Payload.GetProperty("aud").GetString());
    }

    [Fact]
    public void A_token_without_a_role_acts_as_anon_as_in_postgrest()
    {
        var check = Validator.Validate(Sign(new { sub = "u1" }));

        Assert.Equal("anon", check.Claims!.Role);
        Assert.Equal("u1", check.Claims.Subject);
    }

    [Fact]
    public void A_role_that_is_not_text_is_kept_as_its_json_and_so_matches_no_role()
    {
        Assert.Equal("[\"service_role\"]", Validator.Validate(Sign(new { role = new[] { "service_role" } })).Claims!.Role);
    }

    [Theory]
    [InlineData(-30)]
    [InlineData(-1)]
    [InlineData(3600)]
    public void Expiry_allows_thirty_seconds_of_clock_skew(long expiresIn)
    {
        Assert.True(Validator.Validate(Sign(new { role = "service_role", exp = NowSeconds + expiresIn })).IsValid);
    }

    [Theory]
    [InlineData("nbf")]
    [InlineData("iat")]
    public void Start_times_allow_thirty_seconds_of_clock_skew(string claim)
    {
        var token = Sign(new Dictionary<string, object> { ["role"] = "service_role", [claim] = NowSeconds + 30 });

        Assert.True(Validator.Validate(token).IsValid);
    }

    [Theory]
    [InlineData("""{"role":"service_role","aud":"authenticated"}""")]
    [InlineData("""{"role":"service_role","aud":["other","authenticated"]}""")]
    [InlineData("""{"role":"service_role","aud":[]}""")]
    [InlineData("""{"role":"service_role","aud":null}""")]
    [InlineData("""{"role":"service_role","exp":null,"nbf":null,"iat":null}""")]
    [InlineData("""{"role":"service_role","exp":1900000000.5}""")]
    public void Accepted_claims(string payload)
    {
        var check = Validator.Validate(SignRaw("""{"alg":"HS256","typ":"JWT"}""", payload));

        Assert.True(check.IsValid, check.Error?.ToString());
        Assert.Equal("service_role", check.Claims.Role);
    }

    [Fact]
    public void Lifetime_is_checked_against_the_given_clock()
    {
        var token = Sign(new { role = "service_role", exp = NowSeconds + 3600 });

        Assert.True(new AccessTokenValidator(Jwt, new FixedTime(Now.AddMinutes(59))).Validate(token).IsValid);
        Assert.Equal(AccessTokenError.Expired, new AccessTokenValidator(Jwt, new FixedTime(Now.AddMinutes(61))).Validate(token).Error);
    }

    [Fact]
    public void A_remembered_token_is_still_refused_once_it_expires()
    {
        var clock = new MovableTime(Now);
        var validator = new AccessTokenValidator(Jwt, clock);
        var token = Sign(new { role = "service_role", exp = NowSeconds + 60 });

        Assert.True(validator.Validate(token).IsValid);
        Assert.True(validator.Validate(token).IsValid);
        clock.Now = Now.AddSeconds(60 + 30);
        Assert.True(validator.Validate(token).IsValid);
        clock.Now = Now.AddSeconds(60 + 31);
        Assert.Equal(AccessTokenError.Expired, validator.Validate(token).Error);
    }

    [Fact]
    public void A_refused_token_is_not_remembered_as_valid()
    {
        var clock = new MovableTime(Now);
        var validator = new AccessTokenValidator(Jwt, clock);
        var early = Sign(new { role = "service_role", nbf = NowSeconds + 120 });

        Assert.Equal(AccessTokenError.NotYetValid, validator.Validate(early).Error);
        clock.Now = Now.AddSeconds(120);
        Assert.True(validator.Validate(early).IsValid);
        Assert.Equal(AccessTokenError.WrongKey, validator.Validate(Forge(early, "{\"role\":\"service_role\"}")).Error);
    }

    /// <summary>Swaps the payload of a signed token and keeps its signature.</summary>
    private static string Forge(string token, string payload)
    {
        var parts = token.Split('.');
        return parts[0] + "." + Base64UrlEncoder.Encode(payload) + "." + parts[2];
    }
}
