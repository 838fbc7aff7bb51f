namespace Basalt.Spec.Policies;

/// <summary><c>value [not] in (item, …)</c>. Items compare as a list: equality is element by element.</summary>
public sealed record PolicyIn(PolicyValue Value, IReadOnlyList<PolicyValue> Items, bool Negated) : PolicyCondition
{
    public bool Equals(PolicyIn? other) =>
        base.Equals(other) && Value.Equals(other.Value) && Negated == other.Negated && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => HashCode.Combine(Value, Negated, Items.Count);
}
