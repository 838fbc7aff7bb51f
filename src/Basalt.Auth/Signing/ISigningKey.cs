namespace Basalt.Auth.Signing;

/// <summary>
/// A key that signs access tokens: its JWS algorithm (<c>HS256</c>, <c>ES256</c> or <c>RS256</c>; see
/// <see cref="SigningKeySet"/>), an optional key id written as the token's <c>kid</c> (so a JWKS can offer several keys during a
/// rotation), and the signature of the JWS signing input.
/// </summary>
public interface ISigningKey
{
    string Algorithm { get; }

    string? KeyId { get; }

    byte[] Sign(ReadOnlySpan<byte> signingInput);
}
