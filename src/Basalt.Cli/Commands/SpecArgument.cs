using System.CommandLine;
using Basalt.Spec;
using Basalt.Spec.Loading;

namespace Basalt.Cli.Commands;

/// <summary>The optional SPEC argument every command shares, and loading it with every error printed.</summary>
internal static class SpecArgument
{
    public const string DefaultPath = "basalt.yaml";

    public static Argument<string> Create() => new("spec")
    {
        Description = "The spec file (YAML or JSON). Default: ./basalt.yaml",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => DefaultPath,
    };

    /// <summary>Loads the spec or throws a <see cref="CliException"/> listing every problem, with exit code 2.</summary>
    public static AppSpec Load(string path)
    {
        if (!File.Exists(path))
        {
            var hint = path == DefaultPath ? " (run `basalt init` to create one, or pass the spec's path)" : "";
            throw new CliException($"spec file not found: {Path.GetFullPath(path)}{hint}", ExitCodes.UsageError);
        }
        var result = SpecLoader.LoadFile(path);
        if (!result.Succeeded)
        {
            var count = result.Errors.Count;
            throw new CliException(
                $"{path} has {count} error{(count == 1 ? "" : "s")}:\n" + string.Join("\n", result.Errors.Select(e => "  " + e)),
                ExitCodes.UsageError);
        }
        return result.Spec!;
    }
}
