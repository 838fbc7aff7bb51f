namespace Basalt.Spec.Schema;

/// <summary>An index. <see cref="Name"/> is derived (<c>{table}_{col}_{col}_idx</c>) unless the spec names it.</summary>
public sealed record IndexSchema(string Name, IReadOnlyList<IndexColumn> Columns, IndexKind Kind = IndexKind.BTree, bool Unique = false)
{
    public bool Equals(IndexSchema? other) =>
        other is not null && Name == other.Name && Kind == other.Kind && Unique == other.Unique && Columns.SequenceEqual(other.Columns);

    public override int GetHashCode() => HashCode.Combine(Name, Kind, Unique);

    public override string ToString() => $"{Name} ({string.Join(", ", Columns)}){(Unique ? " unique" : "")}{(Kind == IndexKind.FullText ? " fulltext" : "")}";
}
