namespace Basalt.Spec.Loading;

/// <summary>Either a valid spec or every error found in it (never both, never a partial spec).</summary>
public sealed record SpecLoadResult(AppSpec? Spec, IReadOnlyList<SpecError> Errors)
{
    public bool Succeeded => Spec is not null && Errors.Count == 0;

    public static SpecLoadResult Failed(params SpecError[] errors) => new(null, errors);
}
