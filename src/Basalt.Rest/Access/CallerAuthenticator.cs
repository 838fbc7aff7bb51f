using System.Text.Json;
using Basalt.Auth.ApiKeys;
using Basalt.Auth.Tokens;
using Basalt.Query.Request;
using Basalt.Rest.Errors;

namespace Basalt.Rest.Access;

/// <summary>
/// The first stage of a REST request: the token from <c>Authorization: Bearer</c> (or, without one, the <c>apikey</c>
/// header), verified by <see cref="AccessTokenValidator"/>. No token at all is PGRST302: Basalt has no anonymous role
/// that needs no key. A bad token is PGRST301/PGRST303. An opaque key Basalt issued (<c>bsk_…</c>) in <c>apikey</c> is
/// looked up in <see cref="ApiKeyRegistry"/> and must be usable (else PGRST301 "Invalid API key"); it decides the role
/// unless a user's JWT in <c>Authorization: Bearer</c> alongside decides the user, as Supabase's gateway does.
/// </summary>
internal sealed class CallerAuthenticator(AccessTokenValidator validator, ApiKeyRegistry apiKeys)
{
    private static readonly RestError InvalidApiKey = RestErrors.From(new AccessTokenError(AccessTokenErrorKind.Undecodable, "Invalid API key", null));

    public async Task<(Caller? Caller, RestError? Error)> AuthenticateAsync(RequestHeaders headers, CancellationToken cancellationToken)
    {
        var apiKey = headers.Get("apikey")?.Trim();
        if (BearerToken.Find(headers.Get("Authorization"), apiKey) is not { } token)
        {
            return (null, RestErrors.TokenRequired);
        }
        ApiKeyRecord? key = null;
        if (ApiKeySecret.IsOpaqueKey(apiKey) && (key = await apiKeys.ResolveAsync(apiKey!, cancellationToken)) is null)
        {
            return (null, InvalidApiKey);
        }
        if (ApiKeySecret.IsOpaqueKey(token))
        {
            // supabase-js sends its key as the bearer too when no user is signed in; another opaque key there is checked on its own.
            if (token != apiKey && (key = await apiKeys.ResolveAsync(token, cancellationToken)) is null)
            {
                return (null, InvalidApiKey);
            }
            return (new Caller(key!.Role, null) { Claims = KeyClaims(key) }, null);
        }
        var check = validator.Validate(token);
        return check.IsValid
            ? (new Caller(check.Claims.Role, check.Claims.Subject) { Claims = check.Claims.Payload }, null)
            : (null, RestErrors.From(check.Error));
    }

    /// <summary>What policies see of a key: its role, as the <c>role</c> claim of a JWT key would say.</summary>
    private static JsonElement KeyClaims(ApiKeyRecord key) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["role"] = key.Role, ["api_key_id"] = key.Id.ToString("D") });
}
