namespace Basalt.Spec.Schema;

/// <summary>A unique constraint, named as PostgreSQL would (<c>{table}_{col}_key</c>).</summary>
public sealed record UniqueConstraint(string Name, IReadOnlyList<string> Columns)
{
    public bool Equals(UniqueConstraint? other) => other is not null && Name == other.Name && Columns.SequenceEqual(other.Columns);

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
}
