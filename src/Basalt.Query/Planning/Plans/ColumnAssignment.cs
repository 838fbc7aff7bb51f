using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>One <c>column = value</c> of an update.</summary>
public sealed record ColumnAssignment(ColumnSchema Column, SqlValue Value);
