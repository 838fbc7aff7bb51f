using System.Text.Json;

namespace Basalt.Spec.Policies;

/// <summary>
/// Who a policy is evaluated for: the token's role, its user id (<c>sub</c>), its claims and the custom roles
/// listed in <c>app_metadata.roles</c>.
/// </summary>
public sealed record PolicyCaller(string Role, Guid? UserId, JsonElement Claims, IReadOnlyList<string> Roles)
{
    /// <summary>A caller without a token: role <c>anon</c>, no user, no claims.</summary>
    public static PolicyCaller Anonymous { get; } = new("anon", null, default, []);

    /// <summary>Reads <c>role</c>, <c>sub</c> and <c>app_metadata.roles</c> from a token's claims.</summary>
    public static PolicyCaller FromClaims(JsonElement claims)
    {
        if (claims.ValueKind != JsonValueKind.Object)
        {
            return Anonymous with { Claims = claims };
        }
        var role = claims.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "anon";
        Guid? user = claims.TryGetProperty("sub", out var s) && s.ValueKind == JsonValueKind.String && Guid.TryParse(s.GetString(), out var id) ? id : null;
        var roles = new List<string>();
        if (claims.TryGetProperty("app_metadata", out var meta) && meta.ValueKind == JsonValueKind.Object
            && meta.TryGetProperty("roles", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            roles.AddRange(list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
        }
        return new PolicyCaller(role, user, claims, roles);
    }

    /// <summary><c>auth.has_role(role)</c>: the token's role, or one listed in <c>app_metadata.roles</c>.</summary>
    public bool HasRole(string role) => Role == role || Roles.Contains(role);
}
