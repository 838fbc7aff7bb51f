namespace Basalt.Query.Request;

/// <summary>
/// An aggregate: <c>count()</c> (no field: counts rows), <c>amount.sum()</c>, or with casts
/// <c>total:order_details->tax_amount::numeric.sum()::int</c> — <see cref="FieldCast"/> applies to the column
/// before aggregating, <see cref="Cast"/> to the result. The legacy bare <c>count</c> inside an embed
/// (<c>comments(count)</c>) is read as <c>count()</c>.
/// </summary>
public sealed record AggregateSelect(AggregateFunction Function, FieldPath? Field, string? FieldCast, string? Alias, string? Cast) : SelectItem
{
    public override string ToString()
    {
        var function = Function.ToString().ToLowerInvariant() + "()";
        var target = Field is null ? function : Field + (FieldCast is null ? "" : "::" + FieldCast) + "." + function;
        return (Alias is null ? "" : Syntax.Name(Alias) + ":") + target + (Cast is null ? "" : "::" + Cast);
    }
}
