using System.Text.Json;
using Basalt.Auth.Keys;
using Basalt.Auth.Tokens;
using Basalt.Query.Planning;

namespace Basalt.Rest.Access;

/// <summary>
/// Who a request acts as: the role of its verified token, the user it names (<c>sub</c>) and its claims, which
/// policies read. PostgREST counts a request as authenticated when its role is not the anonymous one; that decides
/// 401 or 403 for 42501.
/// </summary>
public sealed record Caller(string Role, string? UserId)
{
    public bool IsServiceRole => Role == ServiceKeys.ServiceRoleName;

    public bool Authenticated => Role != AccessTokenValidator.AnonRole;

    /// <summary>The verified token's payload.</summary>
    public JsonElement Claims { get; init; }

    /// <summary>The planner's view of this caller at <paramref name="now"/> (the time policies' <c>now()</c> reads).</summary>
    public PlanContext PlanContextAt(DateTimeOffset now) => new(Role, UserId) { Claims = Claims, Now = now };
}
