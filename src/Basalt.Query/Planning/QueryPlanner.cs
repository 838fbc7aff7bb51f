using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// Resolves a parsed request against the schema: every table, column and relationship name, every value typed
/// against its column, PostgREST's schema errors (PGRST2xx) and value errors (22P02) before any SQL runs.
/// Only the spec's own tables are served; Basalt's system tables (<c>auth.*</c>) are unknown here. The tables'
/// row-level policies are folded in for the caller (<see cref="PolicyApplier"/>); whether the caller may touch the
/// tables at all is <see cref="PolicyAccess"/>'s answer.
/// </summary>
public static class QueryPlanner
{
    public static PlanResult Plan(ApiRequest request, DatabaseSchema schema, PlanContext context)
    {
        try
        {
            var table = schema.UserTables.FirstOrDefault(t => t.Name.Schema is null && t.Name.Name == request.Table)
                ?? throw new PlanException(SchemaErrors.UnknownTable(request.Table, schema.UserTables.Select(t => t.Name.Name)));
            var selects = new SelectPlanner(schema, request);
            var writes = new WritePlanner(request, context, selects);
            QueryPlan plan = request.Kind switch
            {
                RequestKind.Insert => writes.Insert(table),
                RequestKind.Upsert => writes.Put(table),
                RequestKind.Update => writes.Update(table),
                RequestKind.Delete => writes.Delete(table),
                _ => new ReadPlan(selects.Root(table, request.Page.Offset, request.Page.Limit), request.Preferences.Count),
            };
            return PlanResult.Ok(context.BypassesPolicies ? plan : new PolicyApplier(schema, context).Apply(plan));
        }
        catch (PlanException refused)
        {
            return PlanResult.Fail(refused.Error);
        }
    }
}
