namespace Basalt.Query.Planning;

/// <summary>
/// A related table's rows under <see cref="OutputItem.Key"/>: a JSON object or null for a to-one
/// <see cref="Relationship"/>, an array (possibly empty) for a to-many one. <see cref="Inner"/> (<c>!inner</c>) drops
/// parent rows that have no matching child after the child's filters. <see cref="Spread"/> (<c>...rel(cols)</c>) merges
/// a to-one embed's keys into the parent object instead of nesting them; the planner only allows it on to-one embeds.
/// An embed with no items (<c>comments!inner()</c>) only filters: it is <see cref="Hidden"/> and adds no key.
/// </summary>
public sealed record EmbedOutput(string Key, Relationship Relationship, SelectNode Child, bool Inner, bool Spread) : OutputItem(Key)
{
    public bool IsToOne => Relationship.IsToOne;

    public bool Hidden => Child.Items.Count == 0;
}
