using Basalt.Spec.Schema;
using Basalt.Spec.Settings;

namespace Basalt.Spec;

/// <summary>
/// A whole <c>basalt.yaml</c> after loading, expansion and validation: the one immutable value every other
/// part of Basalt is built from. A reload builds a new one beside the old and swaps a reference.
/// </summary>
public sealed record AppSpec(string Name, string SourcePath, DatabaseSettings Database, AuthSettings Auth, DatabaseSchema Schema)
{
    public int Version { get; init; } = 1;

    /// <summary>Custom roles, carried in <c>app_metadata.roles</c> of a JWT.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The folder holding the spec file; relative paths in it resolve from here.</summary>
    public string Directory => Path.GetDirectoryName(Path.GetFullPath(SourcePath)) ?? ".";

    /// <summary>The folder migrations are written to and read from: <c>migrations/</c> beside the spec.</summary>
    public string MigrationsDirectory => Path.Combine(Directory, "migrations");
}
