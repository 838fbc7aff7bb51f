namespace Basalt.Query.Request;

/// <summary>The operand of <c>is</c>: null, not_null, true, false or unknown.</summary>
public sealed record IsOperand(IsValue Value) : FilterOperand
{
    public override string ToString() => Value switch
    {
        IsValue.NotNull => "not_null",
        _ => Value.ToString().ToLowerInvariant(),
    };
}
