using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Auth.Signing;

/// <summary>
/// The JSON Web Key Set GoTrue serves at <c>/auth/v1/.well-known/jwks.json</c>: the public JWK of every asymmetric key
/// (<c>kty, kid, alg, use: sig, key_ops: [verify]</c>, then <c>crv, x, y</c> or <c>n, e</c>). Only public parameters
/// are ever read, and the HS256 secret is never listed: with no asymmetric key the set is empty.
/// </summary>
public static class JwksDocument
{
    public static byte[] Render(SigningKeySet keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartArray("keys");
            foreach (var key in keys.Keys)
            {
                Write(w, key);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void Write(Utf8JsonWriter w, VerificationKey key)
    {
        w.WriteStartObject();
        switch (key.SecurityKey)
        {
            case ECDsaSecurityKey ec:
                var point = ec.ECDsa.ExportParameters(includePrivateParameters: false).Q;
                Common(w, "EC", key);
                w.WriteString("crv", "P-256");
                w.WriteString("x", Base64UrlEncoder.Encode(point.X));
                w.WriteString("y", Base64UrlEncoder.Encode(point.Y));
                break;
            case RsaSecurityKey rsa:
                Common(w, "RSA", key);
                w.WriteString("n", Base64UrlEncoder.Encode(rsa.Parameters.Modulus));
                w.WriteString("e", Base64UrlEncoder.Encode(rsa.Parameters.Exponent));
                break;
            default:
                throw new InvalidOperationException($"key '{key.KeyId}' has no JWK form");
        }
        w.WriteEndObject();
    }

    private static void Common(Utf8JsonWriter w, string type, VerificationKey key)
    {
        w.WriteString("kty", type);
        w.WriteString("kid", key.KeyId);
        w.WriteString("alg", key.Algorithm);
        w.WriteString("use", "sig");
        w.WriteStartArray("key_ops");
        w.WriteStringValue("verify");
        w.WriteEndArray();
    }
}
