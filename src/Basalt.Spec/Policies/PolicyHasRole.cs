namespace Basalt.Spec.Policies;

/// <summary><c>auth.has_role('x')</c>: true when <c>x</c> is the token's role or listed in <c>app_metadata.roles</c>.</summary>
public sealed record PolicyHasRole(string Role) : PolicyValue;
