using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// Resolves a parsed request against the schema: every table, column and relationship name, every value typed
/// against its column, PostgREST's schema errors (PGRST2xx) and value errors (22P02) before any SQL runs.
/// </summary>
public static class QueryPlanner
{
    public static PlanResult Plan(ApiRequest request, DatabaseSchema schema, PlanContext context)
    {
        throw new NotImplementedException("planner in progress");
    }
}
