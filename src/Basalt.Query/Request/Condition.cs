namespace Basalt.Query.Request;

/// <summary>
/// One comparison, e.g. <c>age=not.gte.18</c> or <c>tags=cs.{a,b}</c> or <c>my_tsv=fts(french).amusant</c>.
/// <see cref="Language"/> is set only for the full-text operators written with <c>(language)</c>. On an embed
/// name (<c>actors=not.is.null</c>) the field is the embed's name; the planner tells the two apart.
/// </summary>
public sealed record Condition(FieldPath Field, FilterOperator Operator, bool Negated, Quantifier Quantifier, string? Language, FilterOperand Operand) : FilterNode
{
    public override string ToString()
    {
        var op = Operator.ToString().ToLowerInvariant();
        if (Quantifier != Quantifier.None)
        {
            op += "(" + Quantifier.ToString().ToLowerInvariant() + ")";
        }
        if (Language is not null)
        {
            op += "(" + Language + ")";
        }
        return (Negated ? "not " : "") + Field + " " + op + " " + Operand;
    }
}
