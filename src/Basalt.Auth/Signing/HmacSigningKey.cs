using System.Security.Cryptography;
using System.Text;
using Basalt.Spec.Settings;

namespace Basalt.Auth.Signing;

/// <summary>HS256 with the spec's <c>auth.jwt.secret</c>: what Supabase projects sign with by default, and what <see cref="Tokens.AccessTokenValidator"/> verifies.</summary>
public sealed class HmacSigningKey(JwtSettings jwt) : ISigningKey
{
    private readonly byte[] secret = Encoding.UTF8.GetBytes(jwt.Secret);

    public string Algorithm => "HS256";

    // Supabase's HS256 tokens carry no kid.
    public string? KeyId => null;

    public byte[] Sign(ReadOnlySpan<byte> signingInput) => HMACSHA256.HashData(secret, signingInput);
}
