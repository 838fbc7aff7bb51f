using Basalt.Query.Planning;
using Basalt.Rest.Errors;

namespace Basalt.Rest.Access;

/// <summary>
/// Who may touch a table, until row-level policies arrive (issue 4): <c>service_role</c> may do everything; every other
/// role is refused as PostgreSQL refuses a role without grants (42501 <c>permission denied for table …</c>, 401 for the
/// anonymous role and 403 for the others). It runs after planning, as in PostgREST, where a bad request is reported
/// before the database is asked.
/// </summary>
internal static class TableAccess
{
    public static RestError? Check(Caller caller, QueryPlan plan) =>
        caller.IsServiceRole ? null : RestErrors.PermissionDenied(plan.Table.Name.Name, caller.Authenticated);
}
