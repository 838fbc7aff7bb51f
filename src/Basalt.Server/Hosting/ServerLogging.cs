using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Basalt.Server.Hosting;

/// <summary>
/// Logs are one JSON object per line on stdout, UTC timestamps, with scopes (so every line of a request carries
/// its <c>RequestId</c>). ASP.NET Core's own request logging is off: the access log replaces it.
/// </summary>
internal static class ServerLogging
{
    public static void Configure(ILoggingBuilder logging, ServerOptions options)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(options.MinimumLogLevel);
        logging.AddJsonConsole(json =>
        {
            json.IncludeScopes = true;
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });
        // The console logger's formatter, with the options above, but written by a batching provider (see there why).
        var console = logging.Services.Where(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider)).ToList();
        foreach (var descriptor in console)
        {
            logging.Services.Remove(descriptor);
        }
        logging.Services.AddSingleton<ILoggerProvider>(services => new JsonLinesLoggerProvider(
            services.GetServices<ConsoleFormatter>().Single(formatter => formatter.Name == ConsoleFormatterNames.Json),
            Console.OpenStandardOutput()));
        // Its per-request lines duplicate the access log, and its scope would add Kestrel's own request id beside ours.
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        options.ConfigureLogging?.Invoke(logging);
    }
}
