using System.Text.Json.Serialization;
using Basalt.Spec.Policies;

namespace Basalt.Spec.Schema;

/// <summary>
/// A policy expression as written, with its location, and its parsed and validated tree. The tree is filled by
/// the spec loader; it is derived from the text, so it is neither part of equality nor of schema snapshots.
/// </summary>
public sealed record PolicyExpression(string Text, SourceLocation? Location = null)
{
    /// <summary>The bound tree; null only for an expression built in code rather than loaded from a spec.</summary>
    [JsonIgnore]
    public PolicyCondition? Condition { get; init; }

    public bool Equals(PolicyExpression? other) => other is not null && Text == other.Text && Location == other.Location;

    public override int GetHashCode() => HashCode.Combine(Text, Location);
}
