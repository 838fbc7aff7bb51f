using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Basalt.Bench.Seeder;

/// <summary>
/// An HS256 JWT signed with the spec's secret, carrying the claims Basalt's own service_role key carries (issuer
/// <c>basalt</c>, <c>ref</c>, <c>role</c>, <c>iat</c>, <c>exp</c>), so the benchmark needs nothing from Basalt's output.
/// </summary>
public static class ServiceRoleToken
{
    public static string Sign(string secret, string role, string projectRef, DateTimeOffset now)
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iss"] = "basalt",
            ["ref"] = projectRef,
            ["role"] = role,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.AddDays(1).ToUnixTimeSeconds(),
        }));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(header + "." + payload));
        return header + "." + payload + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
