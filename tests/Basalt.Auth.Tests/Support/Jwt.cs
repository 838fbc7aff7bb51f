using System.Text;
using System.Text.Json;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Auth.Tests.Support;

/// <summary>Reads and forges tokens for the tests, with nothing but base64url and HMAC.</summary>
internal static class Jwt
{
    public static JsonElement Payload(string token) => JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(token.Split('.')[1])).RootElement.Clone();

    public static JsonElement Header(string token) => JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(token.Split('.')[0])).RootElement.Clone();

    public static string Sign(string headerJson, string payloadJson, string secret)
    {
        var input = Base64UrlEncoder.Encode(headerJson) + "." + Base64UrlEncoder.Encode(payloadJson);
        return input + "." + Base64UrlEncoder.Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(input)));
    }

    /// <summary>The token's payload with some claims replaced (or removed when the value is null), signed with <paramref name="secret"/>.</summary>
    public static string Resign(string token, string secret, IReadOnlyDictionary<string, object?> changes, string alg = "HS256")
    {
        var payload = System.Text.Json.Nodes.JsonNode.Parse(Payload(token).GetRawText())!.AsObject();
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                payload.Remove(key);
            }
            else
            {
                payload[key] = System.Text.Json.Nodes.JsonValue.Create(value);
            }
        }
        return Sign($$"""{"alg":"{{alg}}","typ":"JWT"}""", payload.ToJsonString(), secret);
    }
}
