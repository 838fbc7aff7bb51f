namespace Basalt.Spec.Policies;

/// <summary>A boolean node of a policy: SQL's three-valued logic applies, and a row passes only when it is true.</summary>
public abstract record PolicyCondition : PolicyNode;
