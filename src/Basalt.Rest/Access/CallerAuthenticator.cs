using Basalt.Auth.Tokens;
using Basalt.Query.Request;
using Basalt.Rest.Errors;

namespace Basalt.Rest.Access;

/// <summary>
/// The first stage of a REST request: the token from <c>Authorization: Bearer</c> (or, without one, the <c>apikey</c>
/// header), verified by <see cref="AccessTokenValidator"/>. No token at all is PGRST302: Basalt has no anonymous role
/// that needs no key. A bad token is PGRST301/PGRST303.
/// </summary>
internal sealed class CallerAuthenticator(AccessTokenValidator validator)
{
    public (Caller? Caller, RestError? Error) Authenticate(RequestHeaders headers)
    {
        if (BearerToken.Find(headers.Get("Authorization"), headers.Get("apikey")) is not { } token)
        {
            return (null, RestErrors.TokenRequired);
        }
        var check = validator.Validate(token);
        return check.IsValid
            ? (new Caller(check.Claims.Role, check.Claims.Subject) { Claims = check.Claims.Payload }, null)
            : (null, RestErrors.From(check.Error));
    }
}
