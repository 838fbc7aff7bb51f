using System.Text.Encodings.Web;
using System.Text.Json;
using Basalt.Auth.Mfa;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Responses;

/// <summary>
/// GoTrue's MFA shapes: the enrollment (<c>{id, type, friendly_name, totp: {qr_code, secret, uri}}</c>, the QR code as
/// bare SVG), the challenge (<c>{id, type, expires_at}</c>, seconds), the unenrollment (<c>{id}</c>) and a user's
/// <c>factors</c> (<c>{id, friendly_name?, factor_type, status, created_at, updated_at, last_challenged_at?}</c>).
/// </summary>
public static class MfaJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Enrollment(TotpEnrollment enrollment) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("id", enrollment.Factor.Id.ToString("D"));
        w.WriteString("type", enrollment.Factor.FactorType);
        w.WriteString("friendly_name", enrollment.Factor.FriendlyName ?? "");
        w.WriteStartObject("totp");
        w.WriteString("qr_code", enrollment.QrSvg);
        w.WriteString("secret", enrollment.Secret);
        w.WriteString("uri", enrollment.Uri);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    public static byte[] Challenge(MfaChallenge challenge) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("id", challenge.Id.ToString("D"));
        w.WriteString("type", challenge.FactorType);
        w.WriteNumber("expires_at", challenge.ExpiresAt.ToUnixTimeSeconds());
        w.WriteEndObject();
    });

    public static byte[] Unenrolled(Guid id) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("id", id.ToString("D"));
        w.WriteEndObject();
    });

    public static void WriteFactors(Utf8JsonWriter w, IReadOnlyList<MfaFactorRecord> factors)
    {
        w.WriteStartArray();
        foreach (var factor in factors)
        {
            w.WriteStartObject();
            w.WriteString("id", factor.Id.ToString("D"));
            if (factor.FriendlyName is { } name)
            {
                w.WriteString("friendly_name", name);
            }
            w.WriteString("factor_type", factor.FactorType);
            w.WriteString("status", factor.Status);
            w.WriteString("created_at", AuthJson.Time(factor.CreatedAt));
            w.WriteString("updated_at", AuthJson.Time(factor.UpdatedAt));
            if (factor.LastChallengedAt is { } challenged)
            {
                w.WriteString("last_challenged_at", AuthJson.Time(challenged));
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
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
