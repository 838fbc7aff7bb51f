namespace Basalt.Spec.Policies;

/// <summary>A value a condition compares: a column, a literal or one of the <c>auth.*</c> and <c>now()</c> functions.</summary>
public abstract record PolicyValue : PolicyNode;
