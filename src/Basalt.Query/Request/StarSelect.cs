namespace Basalt.Query.Request;

/// <summary><c>*</c>: every column the caller may read.</summary>
public sealed record StarSelect : SelectItem
{
    public static StarSelect Instance { get; } = new();

    public override string ToString() => "*";
}
