namespace Basalt.Spec.Schema;

/// <summary>Where something was written in a spec file: 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
