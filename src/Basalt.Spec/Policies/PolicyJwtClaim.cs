namespace Basalt.Spec.Policies;

/// <summary>
/// <c>auth.jwt() -&gt; 'a' -&gt;&gt; 'b'</c>: the claim at <paramref name="Path"/> (empty: the whole token), as text
/// when the last arrow is <c>-&gt;&gt;</c> (<paramref name="AsText"/>, so never with an empty path), as JSON otherwise.
/// </summary>
public sealed record PolicyJwtClaim(IReadOnlyList<string> Path, bool AsText) : PolicyValue
{
    public bool Equals(PolicyJwtClaim? other) => base.Equals(other) && AsText == other.AsText && Path.SequenceEqual(other.Path);

    public override int GetHashCode() => HashCode.Combine(AsText, Path.Count);
}
