using System.Diagnostics.Metrics;
using Basalt.Rest.Diagnostics;
using Basalt.Rest.Tests.Support;

namespace Basalt.Rest.Tests.Handler;

/// <summary>Server-Timing and the count of SQL commands: a header on every answer and a counter on the Basalt meter.</summary>
[Collection(nameof(MetricsCollection))]
public sealed class DiagnosticsTests
{
    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task Every_stage_that_ran_is_timed_in_order(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);

        await using var read = await scenario.SendAsync("GET", "");
        await using var badRequest = await scenario.SendAsync("GET", "limit=x");

        Assert.Matches("^jwt;dur=[0-9]+\\.[0-9], parse;dur=[0-9]+\\.[0-9], plan;dur=[0-9]+\\.[0-9], render;dur=[0-9]+\\.[0-9], db;dur=[0-9]+\\.[0-9]$",
            read.Header("Server-Timing"));
        Assert.Matches("^jwt;dur=[0-9]+\\.[0-9], parse;dur=[0-9]+\\.[0-9]$", badRequest.Header("Server-Timing"));
    }

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public async Task Each_request_that_reaches_the_database_sends_one_command_and_counts_it(Engine engine)
    {
        await using var scenario = await HandlerScenario.StartAsync(engine);
        var counted = new List<(long Value, string Operation)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RestMetrics.MeterName && instrument.Name == RestMetrics.SqlCommandsInstrument)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            lock (counted)
            {
                counted.Add((value, (string)tags.ToArray().Single(t => t.Key == "operation").Value!));
            }
        });
        listener.Start();

        var answers = new List<int>();
        foreach (var (method, body, token) in new[]
        {
            ("GET", (string?)null, "service"), ("POST", """{"name":"new"}""", "service"), ("PATCH", """{"qty":1}""", "service"),
            ("DELETE", null, "service"), ("GET", null, TestTokens.Anon()), ("GET", null, null),
        })
        {
            await using var response = await scenario.SendAsync(method, "", body, token: token);
            answers.Add(response.SqlCommands);
            Assert.Equal(response.SqlCommands.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Header("X-Basalt-Sql-Commands"));
        }
        listener.Dispose();

        Assert.Equal([1, 1, 1, 1, 0, 0], answers);
        Assert.Equal([(1L, "read"), (1L, "insert"), (1L, "update"), (1L, "delete")], counted);
    }
}
