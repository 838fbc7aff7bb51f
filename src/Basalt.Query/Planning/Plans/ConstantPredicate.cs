namespace Basalt.Query.Planning;

/// <summary>
/// A condition already decided when planning: true, false, or unknown (null), as a policy's <c>auth.*</c> parts fold
/// for the caller. Unknown is kept rather than read as false, because <c>not</c> of unknown is still unknown.
/// </summary>
public sealed record ConstantPredicate(bool? Value) : Predicate
{
    public static ConstantPredicate True { get; } = new(true);

    public static ConstantPredicate False { get; } = new(false);

    public static ConstantPredicate Unknown { get; } = new((bool?)null);
}
