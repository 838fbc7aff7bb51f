using Basalt.Query.Planning;

namespace Basalt.OpenApi.Relations;

/// <summary>One table a <c>select</c> can embed, and the shortest spelling that picks exactly that relationship.</summary>
internal sealed record Embed(string Spelling, Relationship Relationship)
{
    /// <summary>A line for a description: <c>`profiles(*)`: many-to-one, posts_author_id_fkey using posts(author_id) and profiles(id)</c>.</summary>
    public override string ToString() =>
        $"`{Spelling}(*)`: {Relationship.Cardinality} ({(Relationship.IsToOne ? "an object or null" : "an array")}), {Relationship.Description}";
}
