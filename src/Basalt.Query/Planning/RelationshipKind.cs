namespace Basalt.Query.Planning;

/// <summary>The cardinality of an embed, seen from the table that embeds (the source).</summary>
public enum RelationshipKind
{
    /// <summary>The source holds a foreign key to the target: one target row per source row.</summary>
    ManyToOne,
    /// <summary>The target holds a foreign key to the source: many target rows per source row.</summary>
    OneToMany,
    /// <summary>A foreign key whose columns are the holder's primary key or a unique constraint, in either direction.</summary>
    OneToOne,
    /// <summary>Through a junction table holding foreign keys to both tables, both inside its primary key.</summary>
    ManyToMany,
}
