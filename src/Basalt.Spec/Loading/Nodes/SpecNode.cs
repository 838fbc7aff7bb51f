namespace Basalt.Spec.Loading.Nodes;

/// <summary>
/// A node of a parsed spec document, with the 1-based position it was written at. The loader builds its own
/// small tree (rather than YamlDotNet's representation model) so that a duplicate key is reported alongside
/// every other problem instead of aborting the parse, and so each scalar carries its expanded value.
/// </summary>
internal abstract class SpecNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>How the node reads in a "found …" message: <c>a mapping</c>, <c>a list</c>, <c>'text'</c>, <c>nothing</c>.</summary>
    public abstract string Describe();
}
