using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Basalt.Auth.Errors;
using Basalt.Auth.Sessions;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Responses;

/// <summary>
/// GoTrue's JSON shapes: the user object, the token response (<c>access_token, token_type, expires_in, expires_at,
/// refresh_token, user</c>) and the two error bodies. Times are RFC 3339 in UTC; absent times are left out, as GoTrue's
/// <c>omitempty</c> does. A user who signs in with a password (<c>email</c> among its providers) has its email identity
/// derived from the user; provider identities come from <c>auth.identities</c>.
/// </summary>
public static class AuthJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] User(UserRecord user, bool withIdentity = true, IReadOnlyList<MfaFactorRecord>? factors = null,
        IReadOnlyList<IdentityRecord>? identities = null) =>
        Write(w => WriteUser(w, user, withIdentity, factors, identities));

    /// <summary>GoTrue's plain notice, <c>{msg, code: "200"}</c> (the code is a string there): the first half of an email change.</summary>
    public static byte[] Message(string message) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("msg", message);
        w.WriteString("code", "200");
        w.WriteEndObject();
    });

    public static byte[] Session(AuthSession session) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("access_token", session.AccessToken.Token);
        w.WriteString("token_type", "bearer");
        w.WriteNumber("expires_in", session.AccessToken.ExpiresIn);
        w.WriteNumber("expires_at", session.AccessToken.ExpiresAt.ToUnixTimeSeconds());
        w.WriteString("refresh_token", session.RefreshToken);
        if (session.ProviderToken is { } providerToken)
        {
            w.WriteString("provider_token", providerToken);
        }
        w.WritePropertyName("user");
        WriteUser(w, session.User, withIdentity: true, session.Factors, session.Identities);
        w.WriteEndObject();
    });

    /// <summary>
    /// An error body: <c>{code, message}</c> for API version 2024-01-01 and later, else GoTrue's first form
    /// <c>{code: status, error_code, msg}</c>; <c>weak_password.reasons</c> for a weak password in both.
    /// </summary>
    public static byte[] Error(AuthError error, bool versioned) => Write(w =>
    {
        w.WriteStartObject();
        if (versioned)
        {
            w.WriteString("code", error.Code);
            w.WriteString("message", error.Message);
        }
        else
        {
            w.WriteNumber("code", error.Status);
            w.WriteString("error_code", error.Code);
            w.WriteString("msg", error.Message);
        }
        if (error.WeakPasswordReasons is { } reasons)
        {
            w.WriteStartObject("weak_password");
            w.WriteStartArray("reasons");
            foreach (var reason in reasons)
            {
                w.WriteStringValue(reason);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndObject();
    });

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static void WriteUser(Utf8JsonWriter w, UserRecord user, bool withIdentity, IReadOnlyList<MfaFactorRecord>? factors = null,
        IReadOnlyList<IdentityRecord>? identities = null)
    {
        var id = user.Id.ToString("D");
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("aud", user.Aud);
        w.WriteString("role", user.Role);
        w.WriteString("email", user.Email ?? "");
        OptionalTime(w, "email_confirmed_at", user.EmailConfirmedAt);
        w.WriteString("phone", user.Phone ?? "");
        OptionalTime(w, "confirmation_sent_at", user.ConfirmationSentAt);
        OptionalTime(w, "confirmed_at", user.ConfirmedAt);
        OptionalTime(w, "last_sign_in_at", user.LastSignInAt);
        if (user.EmailChange is { } newEmail)
        {
            w.WriteString("new_email", newEmail);
            OptionalTime(w, "email_change_sent_at", user.EmailChangeSentAt);
        }
        OptionalTime(w, "invited_at", user.InvitedAt);
        w.WritePropertyName("app_metadata");
        user.AppMetadata.WriteTo(w);
        w.WritePropertyName("user_metadata");
        user.UserMetadata.WriteTo(w);
        w.WriteStartArray("identities");
        if (withIdentity && user.Email is { } email && SignsInWithEmail(user))
        {
            var data = new JsonObject
            {
                ["email"] = email,
                ["email_verified"] = user.IsEmailConfirmed,
                ["phone_verified"] = false,
                ["sub"] = id,
            };
            w.WriteStartObject();
            w.WriteString("identity_id", id);
            w.WriteString("id", id);
            w.WriteString("user_id", id);
            w.WritePropertyName("identity_data");
            data.WriteTo(w);
            w.WriteString("provider", "email");
            OptionalTime(w, "last_sign_in_at", user.LastSignInAt);
            w.WriteString("created_at", Time(user.CreatedAt));
            w.WriteString("updated_at", Time(user.UpdatedAt));
            w.WriteString("email", email);
            w.WriteEndObject();
        }
        foreach (var identity in identities ?? [])
        {
            WriteIdentity(w, identity);
        }
        w.WriteEndArray();
        w.WriteString("created_at", Time(user.CreatedAt));
        w.WriteString("updated_at", Time(user.UpdatedAt));
        w.WriteBoolean("is_anonymous", user.IsAnonymous);
        if (factors is { Count: > 0 })
        {
            // GoTrue's omitempty: the key is there only when the user has factors.
            w.WritePropertyName("factors");
            MfaJson.WriteFactors(w, factors);
        }
        w.WriteEndObject();
    }

    private static void WriteIdentity(Utf8JsonWriter w, IdentityRecord identity)
    {
        w.WriteStartObject();
        w.WriteString("identity_id", identity.Id.ToString("D"));
        w.WriteString("id", identity.ProviderId);
        w.WriteString("user_id", identity.UserId.ToString("D"));
        w.WritePropertyName("identity_data");
        identity.IdentityData.WriteTo(w);
        w.WriteString("provider", identity.Provider);
        OptionalTime(w, "last_sign_in_at", identity.LastSignInAt);
        w.WriteString("created_at", Time(identity.CreatedAt));
        w.WriteString("updated_at", Time(identity.UpdatedAt));
        if (identity.Email is { } email)
        {
            w.WriteString("email", email);
        }
        w.WriteEndObject();
    }

    /// <summary>A user made by sign-up, an invite or the admin API (no providers list counts as email, as before providers existed).</summary>
    private static bool SignsInWithEmail(UserRecord user) =>
        user.AppMetadata["providers"] is not JsonArray providers
        || providers.Any(p => p?.GetValueKind() == JsonValueKind.String && p.GetValue<string>() == "email");

    private static void OptionalTime(Utf8JsonWriter w, string name, DateTimeOffset? time)
    {
        if (time is { } t)
        {
            w.WriteString(name, Time(t));
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }
        return stream.ToArray();
    }
}
