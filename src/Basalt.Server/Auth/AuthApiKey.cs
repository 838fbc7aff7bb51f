using Basalt.Auth.Errors;
using Basalt.Auth.Keys;
using Basalt.Auth.Tokens;
using Microsoft.AspNetCore.Http;

namespace Basalt.Server.Auth;

/// <summary>
/// The gate Supabase's API gateway puts before GoTrue: a request must carry one of the project's keys, the anon or the
/// service_role key, in the <c>apikey</c> header (or <c>?apikey=</c>, which the gateway also reads). Mail links
/// (<c>GET /verify</c>) and <c>/health</c> are open, as they are behind Supabase's gateway. Opaque API keys are to come.
/// </summary>
internal sealed class AuthApiKey(AccessTokenValidator validator)
{
    public AuthError? Check(HttpContext context)
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
        var check = validator.Validate(key);
        return check.IsValid && check.Claims.Role is AccessTokenValidator.AnonRole or ServiceKeys.ServiceRoleName ? null : AuthErrors.InvalidApiKey;
    }
}
