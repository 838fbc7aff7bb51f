namespace Basalt.Spec.Schema;

/// <summary>
/// A relation: <see cref="Columns"/> of this table reference <see cref="RefColumns"/> of <see cref="RefTable"/>.
/// Named as PostgreSQL would (<c>{table}_{col}_fkey</c>); the name is also the hint PostgREST clients use to
/// disambiguate embeds (<c>profiles!posts_author_id_fkey</c>).
/// </summary>
public sealed record ForeignKey(
    string Name,
    IReadOnlyList<string> Columns,
    TableName RefTable,
    IReadOnlyList<string> RefColumns,
    ReferentialAction OnDelete = ReferentialAction.NoAction)
{
    public bool Equals(ForeignKey? other) =>
        other is not null && Name == other.Name && RefTable == other.RefTable && OnDelete == other.OnDelete
        && Columns.SequenceEqual(other.Columns) && RefColumns.SequenceEqual(other.RefColumns);

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
}
