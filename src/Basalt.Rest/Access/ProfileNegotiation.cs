using Basalt.Query.Request;
using Basalt.Rest.Errors;

namespace Basalt.Rest.Access;

/// <summary>
/// PostgREST's schema negotiation with one exposed schema: <c>Accept-Profile</c> on GET, HEAD and OPTIONS,
/// <c>Content-Profile</c> on writes. Naming <see cref="RestSchema.Name"/> is accepted (and echoed in the response's
/// <c>Content-Profile</c>), any other schema is PGRST106 (406), no header means the default.
/// </summary>
internal static class ProfileNegotiation
{
    public static (bool Negotiated, RestError? Error) Negotiate(RawRequest raw)
    {
        var header = raw.Method.ToUpperInvariant() is "POST" or "PATCH" or "PUT" or "DELETE" ? "Content-Profile" : "Accept-Profile";
        if (raw.Headers.Get(header) is not { } profile)
        {
            return (false, null);
        }
        return profile == RestSchema.Name ? (true, null) : (false, RestErrors.InvalidSchema(profile));
    }
}
