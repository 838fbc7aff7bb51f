using System.Text;
using System.Text.Json;
using Basalt.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Basalt.Server.Tests;

/// <summary>The provider that writes the JSON log to stdout: every line whole, in order, with its scopes, none lost on dispose.</summary>
public sealed class JsonLinesLoggerProviderTests
{
    [Fact]
    public void Lines_from_many_threads_are_written_whole_and_each_thread_in_order()
    {
        var output = new MemoryStream();
        using (var services = Services())
        {
            using var provider = new JsonLinesLoggerProvider(JsonFormatter(services), output);
            var logger = provider.CreateLogger("Test");
            Parallel.For(0, 4, thread =>
            {
                for (var i = 0; i < 2_000; i++)
                {
                    logger.LogInformation("line {Thread} {Index}", thread, i);
                }
            });
        }

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8_000, lines.Length);
        var states = lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("State")).ToList();
        for (var thread = 0; thread < 4; thread++)
        {
            var indexes = states.Where(s => s.GetProperty("Thread").GetInt32() == thread).Select(s => s.GetProperty("Index").GetInt32());
            Assert.Equal(Enumerable.Range(0, 2_000), indexes);
        }
    }

    [Fact]
    public void A_line_carries_the_scopes_it_was_logged_in()
    {
        var output = new MemoryStream();
        using (var services = Services())
        {
            using var provider = new JsonLinesLoggerProvider(JsonFormatter(services), output);
            provider.SetScopeProvider(new LoggerExternalScopeProvider());
            var logger = provider.CreateLogger("Test");
            using (logger.BeginScope(new Dictionary<string, object?> { ["RequestId"] = "req-1" }))
            {
                logger.LogWarning("inside");
            }
        }

        var line = JsonDocument.Parse(Encoding.UTF8.GetString(output.ToArray())).RootElement;
        Assert.Equal("Warning", line.GetProperty("LogLevel").GetString());
        Assert.Equal("req-1", line.GetProperty("Scopes")[0].GetProperty("RequestId").GetString());
    }

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddJsonConsole(json => json.IncludeScopes = true));
        return services.BuildServiceProvider();
    }

    private static ConsoleFormatter JsonFormatter(IServiceProvider services) =>
        services.GetServices<ConsoleFormatter>().Single(formatter => formatter.Name == ConsoleFormatterNames.Json);
}
