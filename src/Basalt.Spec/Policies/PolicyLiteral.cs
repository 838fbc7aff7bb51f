namespace Basalt.Spec.Policies;

/// <summary>A literal: <see cref="string"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="bool"/>, or null.</summary>
public sealed record PolicyLiteral(object? Value) : PolicyValue;
