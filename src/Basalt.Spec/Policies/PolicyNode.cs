namespace Basalt.Spec.Policies;

/// <summary>
/// A node of a parsed policy. Its <see cref="Position"/> is for messages only and never takes part in equality:
/// two trees that differ only in where they were written are the same tree (the tests and the compiler rely on it).
/// </summary>
public abstract record PolicyNode
{
    public PolicyPosition Position { get; init; }

    public virtual bool Equals(PolicyNode? other) => other is not null && EqualityContract == other.EqualityContract;

    public override int GetHashCode() => EqualityContract.GetHashCode();
}
