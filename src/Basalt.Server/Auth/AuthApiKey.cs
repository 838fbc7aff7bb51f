using Basalt.Auth.ApiKeys;
using Basalt.Auth.Errors;
using Basalt.Auth.Keys;
using Basalt.Auth.Tokens;
using Microsoft.AspNetCore.Http;

namespace Basalt.Server.Auth;

/// <summary>
/// The gate Supabase's API gateway puts before GoTrue: a request must carry a project key in the <c>apikey</c> header
/// (or <c>?apikey=</c>, which the gateway also reads): the anon or the service_role JWT, or a usable opaque key issued
/// by Basalt (<c>bsk_…</c>) of any role. Mail links (<c>GET /verify</c>) and <c>/health</c> are open, as they are behind
/// Supabase's gateway. The admin API also needs the caller to be service_role (<see cref="RequireServiceRoleAsync"/>).
/// </summary>
internal sealed class AuthApiKey(AccessTokenValidator validator, ApiKeyRegistry apiKeys)
{
    public static AuthError NotAdmin { get; } = new(403, "not_admin", "User not allowed");

    public async Task<AuthError?> CheckAsync(HttpContext context)
    {
        var key = context.Request.Headers["apikey"].ToString();
        if (key.Length == 0)
        {
            key = context.Request.Query["apikey"].ToString();
        }
        if (key.Length == 0)
        {
            return AuthErrors.NoApiKey;
        }
        if (ApiKeySecret.IsOpaqueKey(key))
        {
            return await apiKeys.ResolveAsync(key, context.RequestAborted) is null ? AuthErrors.InvalidApiKey : null;
        }
        var check = validator.Validate(key);
        return check.IsValid && check.Claims.Role is AccessTokenValidator.AnonRole or ServiceKeys.ServiceRoleName ? null : AuthErrors.InvalidApiKey;
    }

    /// <summary>
    /// As GoTrue's admin API: the bearer token (supabase-js sends the service key there; without one, the <c>apikey</c>)
    /// must carry role <c>service_role</c> — the service JWT or an opaque key of that role. A user's token is 403 <c>not_admin</c>.
    /// </summary>
    public async Task<AuthError?> RequireServiceRoleAsync(HttpContext context)
    {
        var token = BearerToken.Find(context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null,
            context.Request.Headers["apikey"].ToString() is { Length: > 0 } k ? k : null);
        if (string.IsNullOrEmpty(token))
        {
            return AuthErrors.NoAuthorization;
        }
        string? role;
        if (ApiKeySecret.IsOpaqueKey(token))
        {
            role = (await apiKeys.ResolveAsync(token, context.RequestAborted))?.Role;
            if (role is null)
            {
                return AuthErrors.InvalidApiKey;
            }
        }
        else
        {
            var check = validator.Validate(token);
            if (!check.IsValid)
            {
                return AuthErrors.BadJwt(check.Error.Message);
            }
            role = check.Claims.Role;
        }
        return role == ServiceKeys.ServiceRoleName ? null : NotAdmin;
    }
}
