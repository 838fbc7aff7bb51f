using System.Text;
using System.Text.Json;
using Basalt.Auth.Signing;
using Basalt.Spec.Settings;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Auth.Tokens;

/// <summary>
/// Checks the token of a request (the anon or service key, or a user's access token) the way PostgREST does, so a
/// client sees PostgREST's errors in PostgREST's order: the shape (three parts, a JSON header), the algorithm and key
/// (<c>alg: none</c> is refused; HS256 is checked with the spec's <c>auth.jwt.secret</c>; ES256 and RS256 with the
/// signing key the header's <c>kid</c> names — current, standby or previous — and only with the algorithm that key is
/// for; no <c>kid</c>, an unknown or removed one, or a key of another type is PostgREST's "no suitable key"), the
/// signature (IdentityModel's signature providers, HMAC compared in constant time), then the registered claims in
/// PostgREST's order — <c>exp</c>, <c>nbf</c>, <c>iat</c> with 30 seconds of clock skew, then <c>aud</c>, which must be
/// absent or name <see cref="Audience"/>. The issuer is not checked, as PostgREST does not check it. Never throws for
/// a bad token. A valid token is remembered until it expires (<see cref="AccessTokenCache"/>).
/// </summary>
public sealed class AccessTokenValidator
{
    /// <summary>The audience Supabase Auth writes into user tokens; a token may also carry none (the API keys).</summary>
    public const string Audience = "authenticated";

    /// <summary>The role of a verified token that names none (PostgREST's <c>db-anon-role</c>, Supabase's <c>anon</c>).</summary>
    public const string AnonRole = "anon";

    private const long AllowedSkewSeconds = 30;

    // Algorithms of the JWS registry: a token using one of them is well formed but has no key here.
    private static readonly HashSet<string> KnownAlgorithms =
        ["HS384", "HS512", "RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "PS256", "PS384", "PS512", "EdDSA", "ES256K"];

    private readonly SymmetricSecurityKey key;
    private readonly SigningKeySet signingKeys;
    private readonly TimeProvider time;
    private readonly AccessTokenCache cache = new();

    public AccessTokenValidator(JwtSettings jwt, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(jwt);
        key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.Secret));
        signingKeys = SigningKeySet.From(jwt);
        this.time = time ?? TimeProvider.System;
    }

    public AccessTokenCheck Validate(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        if (cache.TryGet(token, now, out var known))
        {
            return known;
        }
        var check = ValidateUncached(token);
        if (check.IsValid)
        {
            // Refused as expired once now - skew > exp; a token without exp stays valid, as far as the clock goes.
            var validUntil = TimeClaim(check.Claims.Payload, "exp", out var exp) && exp is { } expires ? expires + AllowedSkewSeconds : long.MaxValue;
            cache.Add(token, check, now, validUntil);
        }
        return check;
    }

    private AccessTokenCheck ValidateUncached(string token)
    {
        if (token.Length == 0)
        {
            return AccessTokenCheck.Invalid(AccessTokenError.Empty);
        }
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return AccessTokenCheck.Invalid(AccessTokenError.Parts(parts.Length));
        }
        if (Header(parts[0]) is not var (algorithm, keyId))
        {
            return AccessTokenCheck.Invalid(AccessTokenError.BadCrypto);
        }
        SecurityKey verifier;
        if (algorithm == SecurityAlgorithms.HmacSha256)
        {
            verifier = key;
        }
        else if (keyId is not null && signingKeys.Find(keyId) is { } found && found.Algorithm == algorithm)
        {
            verifier = found.SecurityKey;
        }
        else
        {
            return AccessTokenCheck.Invalid(algorithm.Equals("none", StringComparison.OrdinalIgnoreCase) ? AccessTokenError.Unsecured
                : KnownAlgorithms.Contains(algorithm) ? AccessTokenError.NoSuitableKey
                : AccessTokenError.UnsupportedAlgorithm(algorithm));
        }
        if (Decode(parts[2]) is not { } signature || Decode(parts[1]) is not { } payload)
        {
            return AccessTokenCheck.Invalid(AccessTokenError.BadCrypto);
        }
        if (!SignatureMatches(verifier, algorithm, parts[0] + "." + parts[1], signature))
        {
            return AccessTokenCheck.Invalid(AccessTokenError.WrongKey);
        }
        if (ParseObject(payload) is not { } claims)
        {
            return AccessTokenCheck.Invalid(AccessTokenError.UnparsableClaims);
        }
        if (CheckRegisteredClaims(claims) is { } error)
        {
            return AccessTokenCheck.Invalid(error);
        }
        return AccessTokenCheck.Valid(new AccessClaims(Role(claims), Text(claims, "sub"), claims));
    }

    private static bool SignatureMatches(SecurityKey verifier, string algorithm, string signedPart, byte[] signature)
    {
        // IdentityModel throws for an empty signature (and for some malformed ones) where a wrong one is meant.
        if (signature.Length == 0)
        {
            return false;
        }
        var factory = verifier.CryptoProviderFactory;
        var provider = factory.CreateForVerifying(verifier, algorithm);
        try
        {
            return provider.Verify(Encoding.ASCII.GetBytes(signedPart), signature);
        }
        catch (Exception e) when (e is ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
        finally
        {
            factory.ReleaseSignatureProvider(provider);
        }
    }

    /// <summary>PostgREST's <c>checkForErrors</c>: the first failing claim in the order exp, nbf, iat, aud.</summary>
    private AccessTokenError? CheckRegisteredClaims(JsonElement claims)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        if (!TimeClaim(claims, "exp", out var exp))
        {
            return AccessTokenError.NotANumber("exp");
        }
        if (exp is { } expires && now - AllowedSkewSeconds > expires)
        {
            return AccessTokenError.Expired;
        }
        if (!TimeClaim(claims, "nbf", out var nbf))
        {
            return AccessTokenError.NotANumber("nbf");
        }
        if (nbf is { } notBefore && now + AllowedSkewSeconds < notBefore)
        {
            return AccessTokenError.NotYetValid;
        }
        if (!TimeClaim(claims, "iat", out var iat))
        {
            return AccessTokenError.NotANumber("iat");
        }
        if (iat is { } issuedAt && now + AllowedSkewSeconds < issuedAt)
        {
            return AccessTokenError.IssuedInFuture;
        }
        return CheckAudience(claims);
    }

    private static AccessTokenError? CheckAudience(JsonElement claims)
    {
        if (!claims.TryGetProperty("aud", out var aud) || aud.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        switch (aud.ValueKind)
        {
            case JsonValueKind.String:
                return aud.GetString() == Audience ? null : AccessTokenError.NotInAudience;
            case JsonValueKind.Array:
                var items = aud.EnumerateArray().ToList();
                if (items.Any(i => i.ValueKind != JsonValueKind.String))
                {
                    return AccessTokenError.AudienceNotStrings;
                }
                // PostgREST: an empty list matches, otherwise one entry must.
                return items.Count == 0 || items.Any(i => i.GetString() == Audience) ? null : AccessTokenError.NotInAudience;
            default:
                return AccessTokenError.AudienceNotStrings;
        }
    }

    /// <summary>False when the claim is present and not a number (null counts as absent, as in PostgREST).</summary>
    private static bool TimeClaim(JsonElement claims, string name, out long? seconds)
    {
        seconds = null;
        if (!claims.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        if (value.ValueKind != JsonValueKind.Number)
        {
            return false;
        }
        seconds = value.TryGetInt64(out var whole) ? whole : (long)Math.Clamp(Math.Floor(value.GetDouble()), long.MinValue, long.MaxValue);
        return true;
    }

    /// <summary>The role claim as text; a non-string role is kept as its JSON (PostgREST does the same) and so matches no role.</summary>
    private static string Role(JsonElement claims) =>
        !claims.TryGetProperty("role", out var role) || role.ValueKind == JsonValueKind.Null ? AnonRole
        : role.ValueKind == JsonValueKind.String ? role.GetString()! : role.GetRawText();

    private static string? Text(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The header's <c>alg</c> (required) and <c>kid</c> (a kid that is not a string counts as none).</summary>
    private static (string Algorithm, string? KeyId)? Header(string headerPart)
    {
        if (Decode(headerPart) is not { } bytes || ParseObject(bytes) is not { } header ||
            !header.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        var kid = header.TryGetProperty("kid", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        return (alg.GetString()!, kid);
    }

    private static byte[]? Decode(string part)
    {
        try
        {
            return Base64UrlEncoder.DecodeBytes(part);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static JsonElement? ParseObject(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
