using System.Diagnostics.CodeAnalysis;

namespace Basalt.Query.Planning;

/// <summary>What <see cref="QueryPlanner.Plan"/> returns: either the plan or the error, never both.</summary>
public sealed record PlanResult
{
    private PlanResult(QueryPlan? plan, PlanError? error)
    {
        Plan = plan;
        Error = error;
    }

    public QueryPlan? Plan { get; }

    public PlanError? Error { get; }

    [MemberNotNullWhen(true, nameof(Plan))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Plan is not null;

    public static PlanResult Ok(QueryPlan plan) => new(plan, null);

    public static PlanResult Fail(PlanError error) => new(null, error);

    public override string ToString() => Succeeded ? Plan.ToString()! : Error.ToString();
}
