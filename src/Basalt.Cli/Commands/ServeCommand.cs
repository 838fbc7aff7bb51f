using System.CommandLine;

namespace Basalt.Cli.Commands;

/// <summary><c>basalt serve</c>: wired to the server host once it lands.</summary>
internal static class ServeCommand
{
    public static Command Create() => new("serve", "Serve the spec.");
}
