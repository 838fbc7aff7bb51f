using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Basalt.Auth.Signing;
using Basalt.Auth.Storage;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Auth.Tokens;

/// <summary>
/// Signs a session's access token with Supabase's claims, in Supabase's order: <c>iss, sub, aud, exp, iat, email, phone,
/// app_metadata, user_metadata, role, aal, amr, session_id, is_anonymous</c>. <c>iss</c> is the spec's
/// <c>auth.jwt.issuer</c>, else the auth URL the client called. The signature comes from an <see cref="ISigningKey"/>.
/// </summary>
public sealed class AccessTokenIssuer(ISigningKey key, TimeSpan lifetime, string? issuer)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IssuedAccessToken Issue(UserRecord user, SessionRecord session, string authUrl, DateTimeOffset now)
    {
        var issuedAt = now.ToUnixTimeSeconds();
        var expiresAt = issuedAt + (long)lifetime.TotalSeconds;
        var header = Json(w =>
        {
            w.WriteString("alg", key.Algorithm);
            if (key.KeyId is { } kid)
            {
                w.WriteString("kid", kid);
            }
            w.WriteString("typ", "JWT");
        });
        var payload = Json(w =>
        {
            w.WriteString("iss", issuer ?? authUrl);
            w.WriteString("sub", user.Id.ToString("D"));
            w.WriteString("aud", user.Aud);
            w.WriteNumber("exp", expiresAt);
            w.WriteNumber("iat", issuedAt);
            w.WriteString("email", user.Email ?? "");
            w.WriteString("phone", user.Phone ?? "");
            w.WritePropertyName("app_metadata");
            user.AppMetadata.WriteTo(w);
            w.WritePropertyName("user_metadata");
            user.UserMetadata.WriteTo(w);
            w.WriteString("role", user.Role);
            w.WriteString("aal", session.Aal);
            w.WritePropertyName("amr");
            session.Amr.WriteTo(w);
            w.WriteString("session_id", session.Id.ToString("D"));
            w.WriteBoolean("is_anonymous", user.IsAnonymous);
        });
        var signingInput = Base64UrlEncoder.Encode(header) + "." + Base64UrlEncoder.Encode(payload);
        var signature = Base64UrlEncoder.Encode(key.Sign(Encoding.ASCII.GetBytes(signingInput)));
        return new IssuedAccessToken(signingInput + "." + signature, DateTimeOffset.FromUnixTimeSeconds(expiresAt), (int)lifetime.TotalSeconds);
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }
}
