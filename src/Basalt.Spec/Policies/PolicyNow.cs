namespace Basalt.Spec.Policies;

/// <summary><c>now()</c>: the statement's clock, a timestamptz.</summary>
public sealed record PolicyNow : PolicyValue;
