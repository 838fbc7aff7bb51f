using Basalt.Query.Planning;
using Basalt.Spec.Schema;

namespace Basalt.Query.Tests.Planning;

/// <summary>Plans requests from URLs (through the real grammar) and prints the result on one line.</summary>
internal static class Plans
{
    /// <summary>A user acting as service_role: these tests pin the REST structure of plans; PolicyPlanTests pin what policies add.</summary>
    public static PlanContext User { get; } = new(PlanContext.ServiceRoleName, "6f1c2b9e-0d4a-4c1e-9a57-3c8f2e1d0b4a");

    public static PlanResult Plan(DatabaseSchema schema, string url, string method = "GET", string? body = null, params (string Name, string Value)[] headers) =>
        QueryPlanner.Plan(Requests.Ok(url, method, body, headers), schema, User);

    public static string Print(DatabaseSchema schema, string url, string method = "GET", string? body = null, params (string Name, string Value)[] headers)
    {
        var result = Plan(schema, url, method, body, headers);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return PlanPrinter.Print(result.Plan);
    }

    public static PlanError Fail(DatabaseSchema schema, string url, string method = "GET", string? body = null, params (string Name, string Value)[] headers)
    {
        var result = Plan(schema, url, method, body, headers);
        Assert.False(result.Succeeded, result.Plan is null ? "" : PlanPrinter.Print(result.Plan));
        return result.Error;
    }
}
