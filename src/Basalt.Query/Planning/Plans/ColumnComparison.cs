using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// <c>left op right</c> between two columns (<c>eq neq gt gte lt lte</c>), each of the row at its scope (counted as in
/// <see cref="ScopedPredicate"/>). Only policies produce it: a URL filter compares a column with values.
/// </summary>
public sealed record ColumnComparison(int LeftScope, ColumnSchema Left, FilterOperator Operator, int RightScope, ColumnSchema Right) : Predicate;
