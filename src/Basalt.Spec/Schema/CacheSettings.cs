namespace Basalt.Spec.Schema;

/// <summary>HTTP caching of a table's GET responses (enforced by the REST layer).</summary>
public sealed record CacheSettings(TimeSpan MaxAge);
