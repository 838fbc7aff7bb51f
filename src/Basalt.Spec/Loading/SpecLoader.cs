using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Sections;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading;

/// <summary>
/// Turns a spec file (YAML, or JSON of the same shape) into an <see cref="AppSpec"/>: parse with positions,
/// expand <c>${VAR}</c>, validate everything, report every problem at once.
/// </summary>
public static class SpecLoader
{
    /// <summary>Loads a file. <paramref name="environment"/> defaults to the process environment.</summary>
    public static SpecLoadResult LoadFile(string path, IReadOnlyDictionary<string, string?>? environment = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            var why = e is FileNotFoundException or DirectoryNotFoundException ? "it does not exist" : e.Message;
            return SpecLoadResult.Failed(new SpecError(new SourceLocation(path, 1, 1), "", $"cannot read the spec file: {why}"));
        }
        return LoadText(text, path, environment);
    }

    /// <summary>Loads text as if read from <paramref name="path"/> (used for messages and to resolve relative paths).</summary>
    public static SpecLoadResult LoadText(string text, string path, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var context = new LoadContext(path);
        var root = SpecTreeBuilder.Build(text, context, EnvironmentExpander.From(environment));
        if (root is null && context.HasErrors)
        {
            return new SpecLoadResult(null, context.SortedErrors());
        }
        var spec = SpecDocumentReader.Read(context, root, path);
        return context.HasErrors || spec is null ? new SpecLoadResult(null, context.SortedErrors()) : new SpecLoadResult(spec, []);
    }
}
