using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading;

/// <summary>
/// One problem in a spec: where (file, line, column), which key (<c>tables.posts.columns.title.type</c>), what is
/// wrong and what would be valid. Printed as <c>basalt.yaml:12:15: tables.posts.columns.title.type: unknown type 'txt'; did you mean 'text'? valid: …</c>.
/// </summary>
public sealed record SpecError(SourceLocation Location, string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? $"{Location}: {Message}" : $"{Location}: {Path}: {Message}";
}
