namespace Basalt.Query.Planning;

/// <summary>One entry of a PGRST201 <c>details</c> array, as PostgREST writes it.</summary>
/// <param name="Cardinality"><c>many-to-one</c>, <c>one-to-many</c>, <c>one-to-one</c> or <c>many-to-many</c>.</param>
/// <param name="Embedding"><c>{source} with {target}</c>.</param>
/// <param name="Relationship">The join: <see cref="Planning.Relationship.Description"/>.</param>
public sealed record EmbedCandidate(string Cardinality, string Embedding, string Relationship);
