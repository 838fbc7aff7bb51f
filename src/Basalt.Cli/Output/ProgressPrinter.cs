using System.Diagnostics;
using Basalt.Migrations;

namespace Basalt.Cli.Output;

/// <summary>
/// Shows migration progress on stderr. On a terminal the current statement stays on one line with a ticking
/// elapsed time, so a long table rebuild visibly moves; elsewhere (CI logs) each statement is printed once.
/// </summary>
internal sealed class ProgressPrinter : IProgress<MigrationProgress>, IDisposable
{
    private readonly TextWriter output;
    private readonly bool live;
    private readonly Stopwatch statementClock = new();
    private readonly Stopwatch migrationClock = new();
    private readonly Timer? ticker;
    private readonly Lock gate = new();
    private string current = "";

    public ProgressPrinter(TextWriter output, bool live)
    {
        this.output = output;
        this.live = live;
        if (live)
        {
            ticker = new Timer(_ => Redraw(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
        }
    }

    public static ProgressPrinter ForConsole() => new(Console.Error, !Console.IsErrorRedirected);

    public void Report(MigrationProgress value)
    {
        lock (gate)
        {
            if (value.Committed)
            {
                var line = $"  {(value.Direction == "up" ? "applied" : "rolled back")} {value.Migration} ({value.Statements} statements, {migrationClock.Elapsed.TotalSeconds:0.00}s)";
                output.WriteLine(live ? "\r" + line.PadRight(current.Length + 12) : line);
                current = "";
                migrationClock.Reset();
                return;
            }
            if (value.Statement == 1)
            {
                migrationClock.Restart();
            }
            statementClock.Restart();
            current = $"  {value.Migration} [{value.Statement}/{value.Statements}] {value.Summary}";
            if (!live)
            {
                output.WriteLine(current);
            }
        }
        Redraw();
    }

    private void Redraw()
    {
        lock (gate)
        {
            if (live && current.Length > 0)
            {
                output.Write($"\r{current} {statementClock.Elapsed.TotalSeconds:0.0}s ");
            }
        }
    }

    public void Dispose() => ticker?.Dispose();
}
