namespace Basalt.Query.Planning;

/// <summary>
/// <c>rel=is.null</c> / <c>rel=not.is.null</c> on an embed of the same level: the parent row has (or has not) at least
/// one matching child after the child's own filters. PostgREST's "null filtering on embedded resources".
/// </summary>
public sealed record EmbedPresence(EmbedOutput Embed, bool Present) : Predicate;
