using Basalt.Query.Request;

namespace Basalt.Query.Planning;

/// <summary>
/// One comparison of a field with typed operands. Negation is a <see cref="NotPredicate"/> around it.
/// <list type="bullet">
/// <item><c>eq neq gt gte lt lte</c>, <c>isdistinct</c>: <see cref="ValueOperand"/> typed as the field; with
/// <see cref="Quantifier"/> any/all a <see cref="ValuesOperand"/>.</item>
/// <item><c>like ilike</c>: a text <see cref="ValueOperand"/> already in SQL LIKE form (<c>*</c> became <c>%</c>);
/// <c>match imatch</c>: a POSIX regular expression (text).</item>
/// <item><c>in</c>: <see cref="ValuesOperand"/> typed as the field. <c>is</c>: <see cref="IsCheck"/>.</item>
/// <item><c>cs cd ov</c>: on an array column a <see cref="ValueOperand"/> of the array type; on json/jsonb (cs/cd only)
/// a jsonb value.</item>
/// <item><c>fts plfts phfts wfts</c>: the query text, with <see cref="Language"/> (a validated text search
/// configuration name) or null for the default.</item>
/// </list>
/// The range operators (<c>sl sr nxr nxl adj</c>) need range columns, which the spec has none of: the planner refuses
/// them as PostgreSQL would (operator does not exist).
/// </summary>
public sealed record ConditionPredicate(FieldRef Field, FilterOperator Operator, Quantifier Quantifier, string? Language, PlanOperand Operand) : Predicate;
