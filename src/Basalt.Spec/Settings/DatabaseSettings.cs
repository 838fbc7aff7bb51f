namespace Basalt.Spec.Settings;

/// <summary>
/// Where the data lives. For SQLite <see cref="Url"/> is a file path already resolved against the spec file's
/// folder; for PostgreSQL it is a <c>postgres://</c> URL or an Npgsql connection string, as written.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string Url)
{
    public IReadOnlyList<string> Replicas { get; init; } = [];

    /// <summary>A Redis URL for shared cache, rate limits and realtime fan-out; null for in-process.</summary>
    public string? Redis { get; init; }

    /// <summary>SQLite <c>synchronous</c> mode: <c>full</c> (default, survives power loss) or <c>normal</c>.</summary>
    public string Synchronous { get; init; } = "full";
}
