using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Basalt.Server.Tests.Support;

/// <summary>
/// Records every log line exactly as the server's JSON console formatter renders it for stdout (same formatter,
/// same options, same scopes), without touching the process-wide console that parallel tests share.
/// </summary>
internal sealed class CapturedLog : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> lines = new();
    private ConsoleFormatter? formatter;
    private IExternalScopeProvider? scopes;

    public IReadOnlyList<string> Lines => [.. lines];

    public IEnumerable<JsonElement> Entries => Lines.Select(line => JsonDocument.Parse(line).RootElement);

    /// <summary>Adds this provider to a server's logging, bound to the server's own JSON formatter.</summary>
    public void AttachTo(ILoggingBuilder logging) =>
        logging.Services.AddSingleton<ILoggerProvider>(services =>
        {
            formatter = services.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json);
            return this;
        });

    /// <summary>Waits for a line to appear: the access line is written after the response has gone out.</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match)
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            foreach (var entry in Entries)
            {
                if (match(entry))
                {
                    return entry;
                }
            }
            await Task.Delay(20);
        }
        throw new Xunit.Sdk.XunitException("no matching log line; lines were:\n" + string.Join('\n', Lines));
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => NullLogger.Instance.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            using var writer = new StringWriter();
            var entry = new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter);
            owner.formatter!.Write(in entry, owner.scopes, writer);
            foreach (var line in writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                owner.lines.Enqueue(line.TrimEnd('\r'));
            }
        }
    }
}
