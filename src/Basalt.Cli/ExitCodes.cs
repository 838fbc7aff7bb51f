namespace Basalt.Cli;

/// <summary>The documented exit codes of <c>basalt</c> (docs/cli.md).</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something failed at run time: database unreachable, a migration failed or was refused, drift found.</summary>
    public const int RuntimeError = 1;

    /// <summary>The command line or the spec file is wrong; nothing was done.</summary>
    public const int UsageError = 2;
}
