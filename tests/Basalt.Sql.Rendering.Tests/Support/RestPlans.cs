using System.Text;
using Basalt.Query.Planning;
using Basalt.Query.Request;

namespace Basalt.Sql.Rendering.Tests.Support;

/// <summary>
/// Plans a REST request as the product does: URL, headers and body through <see cref="RequestParser"/>, then
/// <see cref="QueryPlanner"/> against the test schema, for a caller with a user id.
/// </summary>
public static class RestPlans
{
    /// <summary>A user acting as service_role: these tests pin rendering; policies are tested end to end in Basalt.Rest.Tests/Policies.</summary>
    public static PlanContext User { get; } = new(PlanContext.ServiceRoleName, "44444444-4444-4444-4444-444444444444");

    public static QueryPlan Plan(string url, string method = "GET", string? body = null, params (string Name, string Value)[] headers)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? url : url[..question];
        var query = question < 0 ? "" : url[(question + 1)..];
        var table = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
        var all = headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value));
        if (body is not null && !headers.Any(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            all = all.Append(new("Content-Type", "application/json"));
        }
        var bytes = body is null ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(body);
        var parsed = RequestParser.Parse(new RawRequest(method, table, query, new RequestHeaders(all), bytes));
        Assert.True(parsed.Succeeded, parsed.Error?.ToString());
        var planned = QueryPlanner.Plan(parsed.Request, RenderDatabases.Schema, User);
        Assert.True(planned.Succeeded, planned.Error?.ToString());
        return planned.Plan;
    }
}
