using System.CommandLine;
using System.Security.Cryptography;

namespace Basalt.Cli.Commands;

/// <summary><c>basalt init [DIR]</c>: a new project with a commented spec, an env example and a .gitignore.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir")
        {
            Description = "The folder to create the project in. Default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var command = new Command("init", """
            Scaffold a project: basalt.yaml (commented), .env.example and .gitignore.
            Never overwrites an existing file.

            Examples:
              basalt init
              basalt init my-app && cd my-app && basalt serve --migrate
            """) { directory };
        command.SetAction(result =>
        {
            var dir = Path.GetFullPath(result.GetValue(directory)!);
            var name = ProjectName(dir);
            var files = new (string Name, string Text)[]
            {
                ("basalt.yaml", ProjectTemplates.Spec(name)),
                (".env.example", ProjectTemplates.EnvExample(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)))),
                (".gitignore", ProjectTemplates.GitIgnore),
            };
            var existing = files.Where(f => File.Exists(Path.Combine(dir, f.Name))).Select(f => f.Name).ToArray();
            if (existing.Length > 0)
            {
                throw new CliException($"{dir} already has {string.Join(", ", existing)}; nothing was written (init never overwrites)");
            }
            Directory.CreateDirectory(dir);
            foreach (var (file, text) in files)
            {
                File.WriteAllText(Path.Combine(dir, file), text);
            }
            var cd = dir == Environment.CurrentDirectory ? "" : $"cd {MigrateCommand.Relative(dir)} && ";
            Console.WriteLine($"Created {name} in {dir}: basalt.yaml, .env.example, .gitignore");
            Console.WriteLine($"Next: {cd}basalt serve --migrate");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string ProjectName(string dir)
    {
        var raw = Path.GetFileName(dir.TrimEnd(Path.DirectorySeparatorChar)).ToLowerInvariant();
        var name = new string(raw.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '-').ToArray()).Trim('-', '_');
        return name.Length > 0 && char.IsAsciiLetter(name[0]) ? name : "app";
    }
}
