using Basalt.Query.Planning;
using Basalt.Rest.Errors;

namespace Basalt.Rest.Access;

/// <summary>
/// Whether the caller may touch the plan's tables at all (<see cref="PolicyAccess"/>: default deny, <c>service_role</c>
/// bypasses): a table without a policy for the operation that applies to the caller is refused as PostgreSQL refuses a
/// role without grants (42501 <c>permission denied for table …</c>, 401 for the anonymous role and 403 for the others).
/// It runs after planning, as in PostgREST, where a bad request is reported before access is.
/// </summary>
internal static class TableAccess
{
    public static RestError? Check(Caller caller, QueryPlan plan, PlanContext context) =>
        PolicyAccess.Refused(plan, context) is { } table ? RestErrors.PermissionDenied(table.Name, caller.Authenticated) : null;
}
