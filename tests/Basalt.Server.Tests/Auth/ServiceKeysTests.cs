using System.Text;
using System.Text.Json;
using Basalt.Auth.Keys;
using Basalt.Spec.Settings;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Server.Tests.Auth;

public sealed class ServiceKeysTests
{
    private static readonly JwtSettings Jwt = new("a-test-secret-that-is-long-enough-0123456789", TimeSpan.FromHours(1), TimeSpan.FromDays(30));

    [Fact]
    public async Task Both_keys_validate_to_their_role()
    {
        var keys = ServiceKeys.Issue(Jwt, "blog");

        var anon = await ServiceKeys.ValidateAsync(keys.Anon, Jwt);
        var service = await ServiceKeys.ValidateAsync(keys.ServiceRole, Jwt);

        Assert.Equal(ServiceKeyValidation.Valid("anon"), anon);
        Assert.Equal(ServiceKeyValidation.Valid("service_role"), service);
    }

    [Fact]
    public void A_key_carries_supabases_claims_and_lives_ten_years()
    {
        var issuedAt = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

        var keys = ServiceKeys.Issue(Jwt, "blog", new FixedTime(issuedAt));

        var header = Decode(keys.Anon, 0);
        var payload = Decode(keys.Anon, 1);
        Assert.Equal("HS256", header.GetProperty("alg").GetString());
        Assert.Equal("basalt", payload.GetProperty("iss").GetString());
        Assert.Equal("anon", payload.GetProperty("role").GetString());
        Assert.Equal("blog", payload.GetProperty("ref").GetString());
        Assert.Equal(issuedAt.ToUnixTimeSeconds(), payload.GetProperty("iat").GetInt64());
        Assert.Equal(issuedAt.AddDays(3650).ToUnixTimeSeconds(), payload.GetProperty("exp").GetInt64());
        Assert.False(payload.TryGetProperty("nbf", out _));
        Assert.Equal("service_role", Decode(keys.ServiceRole, 1).GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_key_signed_with_another_secret_is_refused()
    {
        var keys = ServiceKeys.Issue(Jwt with { Secret = "another-secret-that-is-long-enough-987654" }, "blog");

        var result = await ServiceKeys.ValidateAsync(keys.ServiceRole, Jwt);

        Assert.Equal(ServiceKeyValidation.Invalid("the token's signature does not match"), result);
    }

    [Fact]
    public async Task An_expired_key_is_refused()
    {
        var keys = ServiceKeys.Issue(Jwt, "blog", new FixedTime(DateTimeOffset.UtcNow.AddDays(-3651)));

        var result = await ServiceKeys.ValidateAsync(keys.Anon, Jwt);

        Assert.Equal(ServiceKeyValidation.Invalid("the token has expired"), result);
    }

    [Fact]
    public async Task An_unsigned_key_with_alg_none_is_refused()
    {
        var payload = Segment(ServiceKeys.Issue(Jwt, "blog").ServiceRole, 1);
        var unsigned = $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{payload}.";

        var result = await ServiceKeys.ValidateAsync(unsigned, Jwt);

        Assert.False(result.IsValid);
        Assert.Null(result.Role);
    }

    [Fact]
    public async Task A_key_signed_with_another_algorithm_is_refused()
    {
        var handler = new JsonWebTokenHandler();
        var hs512 = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "basalt",
            Expires = DateTime.UtcNow.AddDays(1),
            Claims = new Dictionary<string, object> { ["role"] = "service_role" },
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Jwt.Secret + Jwt.Secret)), SecurityAlgorithms.HmacSha512),
        });

        var result = await ServiceKeys.ValidateAsync(hs512, Jwt);

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task A_key_whose_payload_was_edited_is_refused()
    {
        var anon = ServiceKeys.Issue(Jwt, "blog").Anon;
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(Segment(anon, 1)));
        var forged = payload.Replace("\"role\":\"anon\"", "\"role\":\"service_role\"", StringComparison.Ordinal);
        Assert.NotEqual(payload, forged);
        var tampered = $"{Segment(anon, 0)}.{Base64UrlEncoder.Encode(forged)}.{Segment(anon, 2)}";

        var result = await ServiceKeys.ValidateAsync(tampered, Jwt);

        Assert.Equal(ServiceKeyValidation.Invalid("the token's signature does not match"), result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    public async Task Garbage_is_refused_without_throwing(string token)
    {
        var result = await ServiceKeys.ValidateAsync(token, Jwt);

        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_secret_too_short_for_hs256_is_refused_with_a_message()
    {
        var error = Assert.Throws<ArgumentException>(() => ServiceKeys.Issue(Jwt with { Secret = "short" }, "blog"));

        Assert.StartsWith("auth.jwt.secret is 5 bytes long; HS256 needs at least 32.", error.Message);
    }

    private static string Segment(string token, int index) => token.Split('.')[index];

    private static JsonElement Decode(string token, int index) =>
        JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(Segment(token, index))).RootElement;

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
