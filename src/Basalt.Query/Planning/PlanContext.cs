namespace Basalt.Query.Planning;

/// <summary>
/// Who is asking, as far as the planner needs to know: the role the request runs as and the user's id (the JWT
/// <c>sub</c>), used for <c>auth.uid()</c> defaults on engines without session state. Policies (issue 4) read the
/// claims from here too.
/// </summary>
public sealed record PlanContext(string Role, string? UserId)
{
    public static PlanContext ServiceRole { get; } = new("service_role", null);
}
