using System.Text.Json;
using Basalt.Spec.Policies;

namespace Basalt.Query.Planning;

/// <summary>
/// Who is asking, as far as the planner needs to know: the role the request runs as, the user's id (the JWT
/// <c>sub</c>, used for <c>auth.uid()</c> defaults on engines without session state), the token's claims (which
/// policies read through <c>auth.jwt()</c>, <c>auth.has_role()</c>) and the request's time (<c>now()</c> in policies).
/// </summary>
public sealed record PlanContext(string Role, string? UserId)
{
    public const string ServiceRoleName = "service_role";

    public static PlanContext ServiceRole { get; } = new(ServiceRoleName, null);

    /// <summary>The verified token's payload; undefined for a context built in code.</summary>
    public JsonElement Claims { get; init; }

    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary><c>service_role</c> bypasses every policy, as it does in Supabase.</summary>
    public bool BypassesPolicies => Role == ServiceRoleName;

    /// <summary>The caller as policies see it: the role, the user, the claims and <c>app_metadata.roles</c>.</summary>
    public PolicyCaller PolicyCaller
    {
        get
        {
            var caller = PolicyCaller.FromClaims(Claims);
            Guid? user = Guid.TryParse(UserId, out var id) ? id : null;
            return caller with { Role = Role, UserId = user };
        }
    }
}
