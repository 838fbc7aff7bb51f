using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Compiling;

/// <summary>
/// A column as read, before relations are resolved: its compiled <see cref="ColumnSchema"/> plus what becomes
/// table-level constraints, and the nodes later checks report at.
/// </summary>
internal sealed class ColumnDraft(string name, SpecScalar key, string path, ColumnSchema schema)
{
    public string Name { get; } = name;

    public SpecScalar Key { get; } = key;

    public string Path { get; } = path;

    public ColumnSchema Schema { get; set; } = schema;

    /// <summary>False when the type was missing or unknown: checks that depend on it are skipped, not guessed.</summary>
    public bool TypeKnown { get; init; }

    public bool Primary { get; init; }

    /// <summary>True when <c>primary</c> was written but could not be read: the table may well have its key.</summary>
    public bool PrimaryUnreadable { get; init; }

    public bool Unique { get; init; }

    public SpecScalar? References { get; init; }

    public ReferentialAction OnDelete { get; init; }

    public SpecScalar? CheckNode { get; init; }

    public SpecScalar? RenamedFromNode { get; init; }
}
