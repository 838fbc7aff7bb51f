using System.Text.Json;
using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Rest.Tests.Support;

/// <summary>
/// Plans for <see cref="ItemsSchema.Items"/> built straight from a parsed request, standing in for the real planner in
/// the executor's tests: every column selected, no filters; the page, count, return, max-affected and tx preferences
/// carried over as the real planner carries them; body rows read as <c>name</c> and <c>qty</c>.
/// </summary>
internal static class ScriptedPlanner
{
    private static readonly TableSchema Items = ItemsSchema.Items;

    public static PlanResult Plan(ApiRequest request, DatabaseSchema schema, PlanContext context)
    {
        var prefer = request.Preferences;
        var node = new SelectNode(Items, [.. Items.Columns.Select(c => (OutputItem)new ColumnOutput(c.Name, new FieldRef(c), null))], null, [],
            request.Page.Limit, request.Page.Offset);
        var returnKind = prefer.Return ?? PreferReturn.Minimal;
        var returning = new ReturningPlan(returnKind, returnKind == PreferReturn.Representation ? node : null, returnKind == PreferReturn.HeadersOnly, prefer.Count);
        var rollback = prefer.Transaction == PreferTransaction.Rollback;
        var maxAffected = prefer.Handling == PreferHandling.Strict ? prefer.MaxAffected : null;
        QueryPlan plan = request.Kind switch
        {
            RequestKind.Read => new ReadPlan(node, prefer.Count),
            RequestKind.Insert or RequestKind.Upsert => new InsertPlan(Items, [Items.Column("name"), Items.Column("qty")], Rows(request),
                request.Kind == RequestKind.Upsert ? new ConflictPlan([Items.Column("id")], Merge: true) : null, returning, null, rollback),
            RequestKind.Update => new UpdatePlan(Items, [new ColumnAssignment(Items.Column("qty"), Qty(((JsonBody)request.Body!).Rows[0]))],
                new RowTarget(null, [], request.Page.Limit, 0), returning, maxAffected, rollback),
            RequestKind.Delete => new DeletePlan(Items, new RowTarget(null, [], request.Page.Limit, 0), returning, maxAffected, rollback),
            _ => throw new InvalidOperationException(request.Kind.ToString()),
        };
        return PlanResult.Ok(plan);
    }

    private static IReadOnlyList<IReadOnlyList<SqlValue?>> Rows(ApiRequest request) =>
        [.. ((JsonBody)request.Body!).Rows.Select(row => (IReadOnlyList<SqlValue?>)[Name(row), Qty(row)])];

    private static SqlValue Name(JsonElement row) =>
        row.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? SqlValue.Text(name.GetString()!) : SqlValue.Null(Items.Column("name").Type);

    private static SqlValue Qty(JsonElement row) =>
        new(Items.Column("qty").Type, row.TryGetProperty("qty", out var qty) && qty.ValueKind == JsonValueKind.Number ? qty.GetInt64() : null);
}
