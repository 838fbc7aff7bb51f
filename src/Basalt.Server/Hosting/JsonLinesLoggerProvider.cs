using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Basalt.Server.Hosting;

/// <summary>
/// Writes the JSON log lines to stdout in batches. The lines are the JSON console formatter's own, byte for byte;
/// what differs from the console logger is the writing: it wrote and flushed every line on its own behind a lock,
/// which under load cost a third of the server's throughput with one access line per request (bench/RESULTS.md).
/// Here a request only formats its line and queues it; one background loop writes whatever has queued up and
/// flushes once per batch. When the queue is full (stdout not keeping up) logging waits for room, as the console
/// logger did, so no line is dropped; on dispose the queue is written out before the process goes on.
/// </summary>
[ProviderAlias("Console")]
internal sealed class JsonLinesLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    /// <summary>Lines waiting to be written before a logging call has to wait.</summary>
    public const int QueueLimit = 16_384;

    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    [ThreadStatic]
    private static StringWriter? reusableWriter;

    private readonly ConsoleFormatter formatter;
    private readonly Channel<string> lines = Channel.CreateBounded<string>(
        new BoundedChannelOptions(QueueLimit) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Task pump;
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public JsonLinesLoggerProvider(ConsoleFormatter formatter, Stream output)
    {
        this.formatter = formatter;
        pump = Task.Run(() => PumpAsync(output));
    }

    public ILogger CreateLogger(string categoryName) => new JsonLinesLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
        lines.Writer.TryComplete();
        pump.Wait(DrainTimeout);
    }

    private void Write<TState>(in LogEntry<TState> entry)
    {
        var writer = reusableWriter ??= new StringWriter();
        var text = writer.GetStringBuilder().Clear();
        formatter.Write(in entry, scopes, writer);
        if (text.Length == 0)
        {
            return;
        }
        var line = text.ToString();
        if (!lines.Writer.TryWrite(line))
        {
            try
            {
                // Full: wait for the pump, as the console logger does, rather than lose the line.
                lines.Writer.WriteAsync(line).AsTask().GetAwaiter().GetResult();
            }
            catch (ChannelClosedException)
            {
                // Logged while shutting down, after the last batch: nowhere left to write it.
            }
        }
    }

    private async Task PumpAsync(Stream output)
    {
        await using var stdout = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024) { AutoFlush = false };
        var reader = lines.Reader;
        while (await reader.WaitToReadAsync())
        {
            while (reader.TryRead(out var line))
            {
                stdout.Write(line);
            }
            stdout.Flush();
        }
    }

    private sealed class JsonLinesLogger(JsonLinesLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter));
            }
        }
    }
}
