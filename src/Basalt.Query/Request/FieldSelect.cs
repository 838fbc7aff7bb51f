namespace Basalt.Query.Request;

/// <summary>A column (with an optional JSON path), e.g. <c>birthDate:birth_date::text</c>.</summary>
public sealed record FieldSelect(FieldPath Field, string? Alias, string? Cast) : SelectItem
{
    public override string ToString() =>
        (Alias is null ? "" : Syntax.Name(Alias) + ":") + Field + (Cast is null ? "" : "::" + Cast);
}
