namespace Basalt.Spec.Policies;

/// <summary><c>auth.role()</c>: the caller's role as text (<c>anon</c>, <c>authenticated</c>, …).</summary>
public sealed record PolicyAuthRole : PolicyValue;
