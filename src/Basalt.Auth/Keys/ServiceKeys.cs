using System.Text;
using Basalt.Spec.Settings;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Auth.Keys;

/// <summary>
/// The two API keys Supabase hands out and its clients expect: long-lived HS256 JWTs signed with the spec's JWT
/// secret, one for the <c>anon</c> role (safe in a browser) and one for <c>service_role</c> (bypasses every
/// policy; server side only). They carry no user: a request made with one acts as that role.
/// </summary>
public sealed record ServiceKeys(string Anon, string ServiceRole)
{
    public const string Issuer = "basalt";

    public const string AnonRole = "anon";

    public const string ServiceRoleName = "service_role";

    /// <summary>How long an issued key stays valid. Keys are re-derived from the secret at every start, so this only bounds a leaked key.</summary>
    public static TimeSpan Lifetime { get; } = TimeSpan.FromDays(3650);

    /// <summary>HS256 needs a key of at least 256 bits; a shorter secret is refused here with a message rather than deep in the token library.</summary>
    public const int MinimumSecretBytes = 32;

    /// <summary>Issues both keys, with <c>ref</c> set to the spec's name and <c>iat</c> taken from <paramref name="time"/> (the system clock by default).</summary>
    public static ServiceKeys Issue(JwtSettings jwt, string projectRef, TimeProvider? time = null)
    {
        var signingKey = SigningKey(jwt);
        var issuedAt = (time ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        return new ServiceKeys(
            Sign(signingKey, AnonRole, projectRef, issuedAt),
            Sign(signingKey, ServiceRoleName, projectRef, issuedAt));
    }

    /// <summary>
    /// Checks a key: HS256 only (so <c>alg: none</c> and algorithm swaps are refused), signed with this secret,
    /// issued by Basalt, not expired, with a <c>role</c> claim. Never throws for a bad token.
    /// </summary>
    public static async Task<ServiceKeyValidation> ValidateAsync(string token, JwtSettings jwt)
    {
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = SigningKey(jwt),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidIssuer = Issuer,
            ValidateIssuer = true,
            ValidateAudience = false,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return ServiceKeyValidation.Invalid(Describe(result.Exception));
        }
        return result.Claims.TryGetValue("role", out var role) && role is string { Length: > 0 } name
            ? ServiceKeyValidation.Valid(name)
            : ServiceKeyValidation.Invalid("the token has no role claim");
    }

    private static SymmetricSecurityKey SigningKey(JwtSettings jwt)
    {
        var bytes = Encoding.UTF8.GetBytes(jwt.Secret);
        if (bytes.Length < MinimumSecretBytes)
        {
            throw new ArgumentException(
                $"auth.jwt.secret is {bytes.Length} bytes long; HS256 needs at least {MinimumSecretBytes}.", nameof(jwt));
        }
        return new SymmetricSecurityKey(bytes);
    }

    private static string Sign(SymmetricSecurityKey key, string role, string projectRef, DateTime issuedAt)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            IssuedAt = issuedAt,
            Expires = issuedAt + Lifetime,
            Claims = new Dictionary<string, object> { ["ref"] = projectRef, ["role"] = role },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        };
        // Supabase's keys carry iat and exp but no nbf; turning the defaults off keeps exactly those.
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(descriptor);
    }

    // The library's messages are long and carry its IDX codes; a caller needs only the reason.
    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenInvalidAlgorithmException => "the token is not signed with HS256",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "the token's signature does not match",
        SecurityTokenInvalidIssuerException => "the token was not issued by Basalt",
        SecurityTokenNoExpirationException => "the token has no expiry",
        SecurityTokenMalformedException or ArgumentException => "the token is not a well-formed JWT",
        _ => "the token is not valid",
    };
}
