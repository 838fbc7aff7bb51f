using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading;

/// <summary>
/// The state of one load: the file name errors carry and every error found so far. Readers report here and carry
/// on, so one pass finds every problem; nothing is thrown for a problem in the spec.
/// </summary>
internal sealed partial class LoadContext(string file)
{
    private readonly List<SpecError> errors = [];

    public string File { get; } = file;

    public bool HasErrors => errors.Count > 0;

    public SourceLocation At(SpecNode node) => new(File, node.Line, node.Column);

    public void Error(SpecNode node, string path, string message) => errors.Add(new SpecError(At(node), path, message));

    public void Error(int line, int column, string path, string message) =>
        errors.Add(new SpecError(new SourceLocation(File, line, column), path, message));

    public void Clear() => errors.Clear();

    /// <summary>Every error by line, then column; errors at one position keep the order they were found in.</summary>
    public IReadOnlyList<SpecError> SortedErrors() =>
        errors.OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column).ToArray();
}
