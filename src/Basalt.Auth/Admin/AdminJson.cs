using System.Text.Json.Nodes;
using Basalt.Auth.ApiKeys;
using Basalt.Auth.Responses;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Admin;

/// <summary>
/// The admin API's bodies: GoTrue's <c>{users, aud}</c> page and generate-link answer (the user's fields and
/// <c>action_link, email_otp, hashed_token, redirect_to, verification_type</c>), and Basalt's API key objects.
/// Users are written by <see cref="AuthJson"/>, so they match every other answer.
/// </summary>
public static class AdminJson
{
    public static byte[] Users(IReadOnlyList<UserRecord> users)
    {
        var list = new JsonArray();
        foreach (var user in users)
        {
            list.Add(JsonNode.Parse(AuthJson.User(user)));
        }
        return Bytes(new JsonObject { ["users"] = list, ["aud"] = "authenticated" });
    }

    public static byte[] Link(GeneratedLink link)
    {
        var body = (JsonObject)JsonNode.Parse(AuthJson.User(link.User))!;
        body["action_link"] = link.ActionLink;
        body["email_otp"] = link.EmailOtp;
        body["hashed_token"] = link.HashedToken;
        body["redirect_to"] = link.RedirectTo;
        body["verification_type"] = link.VerificationType;
        return Bytes(body);
    }

    public static byte[] Key(ApiKeyRecord key, string? secret = null)
    {
        var body = KeyObject(key);
        if (secret is not null)
        {
            body["key"] = secret;
        }
        return Bytes(body);
    }

    public static byte[] Keys(IReadOnlyList<ApiKeyRecord> keys) =>
        Bytes(new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)KeyObject(k))]) });

    private static JsonObject KeyObject(ApiKeyRecord key) => new()
    {
        ["id"] = key.Id.ToString("D"),
        ["name"] = key.Name,
        ["prefix"] = key.Prefix,
        ["role"] = key.Role,
        ["created_at"] = AuthJson.Time(key.CreatedAt),
        ["expires_at"] = key.ExpiresAt is { } e ? AuthJson.Time(e) : null,
        ["revoked_at"] = key.RevokedAt is { } r ? AuthJson.Time(r) : null,
        ["last_used_at"] = key.LastUsedAt is { } u ? AuthJson.Time(u) : null,
        ["use_count"] = key.UseCount,
    };

    private static byte[] Bytes(JsonObject body) => System.Text.Encoding.UTF8.GetBytes(body.ToJsonString());
}
