using Basalt.Auth.Keys;
using Basalt.Auth.Tokens;
using Basalt.Query.Planning;

namespace Basalt.Rest.Access;

/// <summary>
/// Who a request acts as: the role of its verified token and the user it names (<c>sub</c>). PostgREST counts a
/// request as authenticated when its role is not the anonymous one; that decides 401 or 403 for 42501.
/// </summary>
public sealed record Caller(string Role, string? UserId)
{
    public bool IsServiceRole => Role == ServiceKeys.ServiceRoleName;

    public bool Authenticated => Role != AccessTokenValidator.AnonRole;

    public PlanContext PlanContext => IsServiceRole && UserId is null ? PlanContext.ServiceRole : new PlanContext(Role, UserId);
}
