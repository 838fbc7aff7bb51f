namespace Basalt.Spec.Policies;

/// <summary><c>auth.uid()</c>: the caller's user id (a uuid), null for anonymous callers.</summary>
public sealed record PolicyAuthUid : PolicyValue;
