namespace Basalt.Cli;

/// <summary>A failure with a message fit for the terminal and the exit code to end with.</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.RuntimeError) : Exception(message)
{
    public int ExitCode => exitCode;
}
