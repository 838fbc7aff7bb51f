namespace Basalt.Spec.Schema;

/// <summary>
/// A policy expression as written. The auth issue parses and compiles it into every query; keeping its
/// location lets that compiler report errors at the spec's line and column.
/// </summary>
public sealed record PolicyExpression(string Text, SourceLocation? Location = null);
