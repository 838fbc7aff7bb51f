using System.Security.Cryptography;
using System.Text;
using Basalt.Auth.Signing;
using Basalt.Spec.Settings;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Auth.Tests.Support;

/// <summary>Settings with signing keys, and tokens signed (or forged) with them, for the signing-key tests.</summary>
internal static class SignedTokens
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static long NowSeconds => Now.ToUnixTimeSeconds();

    public static string Claims(long? exp = null) =>
        $$"""{"sub":"4f9a1c1e-0000-4000-8000-000000000001","aud":"authenticated","role":"authenticated","exp":{{exp ?? NowSeconds + 3600}},"iat":{{NowSeconds}}}""";

    public static JwtSettings JwtWith(params SigningKeySettings[] keys) => AuthSettings.Default.Jwt with { SigningKeys = keys };

    public static SigningKeySettings Key(string kid, string alg, SigningKeyStatus status, string pem) => new(kid, alg, status, pem);

    /// <summary>A token signed by <paramref name="key"/> with its own header (alg, kid), or with <paramref name="header"/>.</summary>
    public static string Sign(ISigningKey key, string? payload = null, string? header = null)
    {
        header ??= key.KeyId is { } kid ? $$"""{"alg":"{{key.Algorithm}}","kid":"{{kid}}","typ":"JWT"}""" : $$"""{"alg":"{{key.Algorithm}}","typ":"JWT"}""";
        var input = Base64UrlEncoder.Encode(header) + "." + Base64UrlEncoder.Encode(payload ?? Claims());
        return input + "." + Base64UrlEncoder.Encode(key.Sign(Encoding.ASCII.GetBytes(input)));
    }

    /// <summary>The signer of settings whose only key is <paramref name="pem"/>, current.</summary>
    public static ISigningKey Signer(string kid, string alg, string pem) =>
        SigningKeySet.From(JwtWith(Key(kid, alg, SigningKeyStatus.Current, pem))).Signer;

    /// <summary>An HS256 token whose HMAC key is <paramref name="secret"/> (the alg-confusion attack uses public key bytes).</summary>
    public static string Hmac(byte[] secret, string header, string? payload = null)
    {
        var input = Base64UrlEncoder.Encode(header) + "." + Base64UrlEncoder.Encode(payload ?? Claims());
        return input + "." + Base64UrlEncoder.Encode(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(input)));
    }
}
