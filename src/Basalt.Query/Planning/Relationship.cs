using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// How <see cref="Source"/> embeds <see cref="Target"/>. A direct relationship (every kind but many-to-many) has the
/// <see cref="ForeignKey"/> it follows and the <see cref="Columns"/> to join on (source column near, target column
/// far); a many-to-many one has its <see cref="Junction"/> instead.
/// </summary>
public sealed record Relationship(
    TableSchema Source,
    TableSchema Target,
    RelationshipKind Kind,
    ForeignKey? ForeignKey,
    IReadOnlyList<ColumnPair> Columns,
    Junction? Junction = null)
{
    /// <summary>True when the foreign key is declared on the source (many-to-one, and one-to-one from the holder).</summary>
    public bool KeyOnSource { get; init; }

    /// <summary>A to-one embed is a JSON object (or null); a to-many embed is an array.</summary>
    public bool IsToOne => Kind is RelationshipKind.ManyToOne or RelationshipKind.OneToOne;

    public bool IsSelf => Source.Name == Target.Name;

    /// <summary>The name a <c>!hint</c> uses to pick this relationship: the foreign key's, or the junction table's.</summary>
    public string HintName => Junction is null ? ForeignKey!.Name : Junction.Table.Name.Name;

    /// <summary>PostgREST's cardinality spelling (<c>many-to-one</c>) used in PGRST201 details.</summary>
    public string Cardinality => Kind switch
    {
        RelationshipKind.ManyToOne => "many-to-one",
        RelationshipKind.OneToMany => "one-to-many",
        RelationshipKind.OneToOne => "one-to-one",
        _ => "many-to-many",
    };

    /// <summary>
    /// PostgREST's description of the join: <c>posts_author_id_fkey using posts(author_id) and profiles(id)</c>, or for a
    /// junction <c>roles using roles_film_id_fkey(film_id) and roles_actor_id_fkey(actor_id)</c>.
    /// </summary>
    public string Description => Junction is { } j
        ? $"{j.Table.Name.Name} using {j.SourceKey.Name}({string.Join(", ", j.SourceColumns.Select(c => c.Far))}) and {j.TargetKey.Name}({string.Join(", ", j.TargetColumns.Select(c => c.Near))})"
        : $"{ForeignKey!.Name} using {Source.Name.Name}({string.Join(", ", Columns.Select(c => c.Near))}) and {Target.Name.Name}({string.Join(", ", Columns.Select(c => c.Far))})";

    public override string ToString() => $"{Source.Name} {Cardinality} {Target.Name} ({Description})";
}
