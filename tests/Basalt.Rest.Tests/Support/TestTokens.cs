using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Basalt.Spec.Settings;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Rest.Tests.Support;

/// <summary>
/// Tokens built by hand, byte by byte, so a test can make exactly the broken token it needs (any header, any payload,
/// any key) without the library under test being the one that wrote it.
/// </summary>
internal static class TestTokens
{
    public const string Secret = "a-test-secret-that-is-long-enough-0123456789";

    public const string OtherSecret = "another-secret-that-is-long-enough-987654321";

    public static JwtSettings Jwt { get; } = new(Secret, TimeSpan.FromHours(1), TimeSpan.FromDays(30));

    /// <summary>The instant tests run at; tokens' times are relative to it.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static long NowSeconds => Now.ToUnixTimeSeconds();

    public static string Sign(object claims, string secret = Secret, string algorithm = "HS256") =>
        SignRaw(Json(new Dictionary<string, object> { ["alg"] = algorithm, ["typ"] = "JWT" }), Json(claims), secret);

    /// <summary>Signs the exact header and payload text with HMAC-SHA256.</summary>
    public static string SignRaw(string header, string payload, string secret = Secret)
    {
        var signed = Base64UrlEncoder.Encode(header) + "." + Base64UrlEncoder.Encode(payload);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(signed));
        return signed + "." + Base64UrlEncoder.Encode(signature);
    }

    public static string ServiceRole(object? extra = null) => Sign(Claims("service_role", extra));

    public static string Anon() => Sign(Claims("anon"));

    public static string Authenticated(string sub = "8d0fd2b2-9a4e-4a1e-9d1b-5f1f7d6c0a11") =>
        Sign(new Dictionary<string, object> { ["role"] = "authenticated", ["sub"] = sub, ["aud"] = "authenticated", ["exp"] = NowSeconds + 3600 });

    private static Dictionary<string, object> Claims(string role, object? extra = null)
    {
        var claims = new Dictionary<string, object> { ["role"] = role, ["iss"] = "basalt", ["iat"] = NowSeconds - 60, ["exp"] = NowSeconds + 3600 };
        if (extra is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(extra).EnumerateObject())
            {
                claims[property.Name] = property.Value;
            }
        }
        return claims;
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
