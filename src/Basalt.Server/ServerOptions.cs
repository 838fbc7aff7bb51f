using Basalt.Migrations;
using Microsoft.Extensions.Logging;

namespace Basalt.Server;

/// <summary>How the host listens and what it checks. The defaults are the ones <c>basalt serve</c> uses.</summary>
public sealed record ServerOptions
{
    /// <summary>An IP address (<c>127.0.0.1</c>, <c>0.0.0.0</c>, <c>::</c>) or <c>localhost</c>.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; 0 picks a free one (read it from <see cref="BasaltServer.BoundUrl"/>).</summary>
    public int Port { get; init; } = 8080;

    /// <summary>Larger request bodies are refused with 413 before they are read.</summary>
    public long MaxRequestBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>How long a shutdown waits for in-flight requests before closing their connections.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long <c>/health/ready</c> waits for the database before reporting it down.</summary>
    public TimeSpan DatabaseCheckTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Browser origins allowed to call <c>/rest/v1</c> (e.g. <c>https://app.example.com</c>); empty allows any.</summary>
    public IReadOnlyList<string> CorsAllowedOrigins { get; init; } = [];

    /// <summary>Peers whose <c>X-Forwarded-For</c>/<c>-Proto</c> are believed (load balancers); empty believes none.</summary>
    public IReadOnlyList<System.Net.IPNetwork> TrustedProxies { get; init; } = [];

    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;

    /// <summary>Replaces the readiness ping (default: <c>SELECT 1</c> on a connection from the database). For tests.</summary>
    public Func<CancellationToken, Task>? DatabasePing { get; init; }

    /// <summary>Replaces the readiness migration check (default: <see cref="MigrationRunner.StatusAsync"/>). For tests.</summary>
    public Func<CancellationToken, Task<MigrationStatus>>? MigrationStatus { get; init; }

    /// <summary>Adjusts the auth core's options (password hashing cost, rate limits) after they are read from the spec. For tests.</summary>
    public Func<Basalt.Auth.AuthOptions, Basalt.Auth.AuthOptions>? ConfigureAuth { get; init; }

    /// <summary>Runs after Basalt's own logging set-up, e.g. to add a provider.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
