namespace Basalt.Query.Planning;

/// <summary>
/// Carries a <see cref="PlanError"/> out of the planner's recursive walk to <see cref="QueryPlanner.Plan"/>, which turns it
/// into a failed <see cref="PlanResult"/>. Never escapes the planner.
/// </summary>
internal sealed class PlanException(PlanError error) : Exception(error.Message)
{
    public PlanError Error { get; } = error;
}
