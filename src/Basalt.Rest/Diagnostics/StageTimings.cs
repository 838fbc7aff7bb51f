using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Basalt.Rest.Diagnostics;

/// <summary>
/// The duration of each stage of one request, rendered as PostgREST renders its <c>Server-Timing</c> header:
/// <c>jwt;dur=0.1, parse;dur=0.2, plan;dur=0.1, render;dur=0.0, db;dur=1.3</c> (milliseconds, one decimal), in the
/// order the stages ran. A stage that did not run is absent.
/// </summary>
internal sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Duration)> stages = [];

    public T Measure<T>(string stage, Func<T> run)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return run();
        }
        finally
        {
            stages.Add((stage, Stopwatch.GetElapsedTime(started)));
        }
    }

    public async Task<T> MeasureAsync<T>(string stage, Func<Task<T>> run)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await run();
        }
        finally
        {
            stages.Add((stage, Stopwatch.GetElapsedTime(started)));
        }
    }

    public IEnumerable<string> Stages => stages.Select(s => s.Stage);

    public string Render()
    {
        var text = new StringBuilder();
        foreach (var (stage, duration) in stages)
        {
            text.Append(text.Length == 0 ? "" : ", ").Append(stage).Append(";dur=")
                .Append(duration.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }
}
