using Basalt.Auth;
using Basalt.Auth.Keys;
using Basalt.Auth.Tokens;
using Basalt.Server.Auth;
using Basalt.Server.Auth.OAuth;
using Basalt.Server.Hosting;
using Basalt.Server.Http;
using Basalt.Server.Operations;
using Basalt.Server.Rest;
using Basalt.Rest;
using Basalt.Spec;
using Basalt.Sql;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using IConnectionMultiplexer = StackExchange.Redis.IConnectionMultiplexer;

namespace Basalt.Server;

/// <summary>
/// The HTTP host: Kestrel on one address, in front of one spec and one database. It owns the database handle and
/// disposes it after the last request has finished. Everything it serves is listed in <see cref="Routes"/>.
/// Use: <c>await using var server = BasaltServer.Build(…); await server.RunAsync();</c> (returns after SIGTERM or Ctrl+C).
/// </summary>
public sealed class BasaltServer : IAsyncDisposable
{
    private readonly IDatabase database;
    private readonly ILogger logger;
    private int finished;

    private BasaltServer(AppSpec spec, IDatabase database, WebApplication app)
    {
        Spec = spec;
        this.database = database;
        App = app;
        logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Basalt.Server");
    }

    public AppSpec Spec { get; }

    /// <summary>The ASP.NET Core application; routes may still be added to it until it starts (tests add theirs).</summary>
    public WebApplication App { get; }

    /// <summary>The address Kestrel listens on, e.g. <c>http://127.0.0.1:8080</c>, with the real port when 0 was asked for. Only after start.</summary>
    public Uri BoundUrl
    {
        get
        {
            var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            return addresses is { Count: > 0 }
                ? new Uri(addresses.First())
                : throw new InvalidOperationException("The server has not started yet.");
        }
    }

    public static BasaltServer Build(AppSpec spec, IDatabase database, ServerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // The CLI parses its own arguments; none of them is ASP.NET configuration. Production: no developer error pages.
            Args = [],
            ApplicationName = "Basalt",
            EnvironmentName = Environments.Production,
        });
        ServerLogging.Configure(builder.Logging, options);
        builder.WebHost.ConfigureKestrel(kestrel => KestrelSetup.Configure(kestrel, options));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        // The start and stop lines are Basalt's own; the banner says where it listens.
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemResponses.Customize);
        // The spec every surface serves (the API docs read it; a reload will swap this value).
        builder.Services.AddSingleton(spec);
        builder.Services.AddSingleton(ReadinessProbes.For(database, spec.MigrationsDirectory, options));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(services => new RestHandler(spec, database, apiKeys: services.GetRequiredService<AuthService>().ApiKeys));
        builder.Services.AddSingleton<RestEndpoint>();
        // Shared by every feature that counts or caches across instances; made by the container, so disposed with the host.
        if (spec.Database.Redis is { Length: > 0 })
        {
            builder.Services.AddSingleton(_ => AuthRateLimitStore.Connect(spec)!);
        }
        builder.Services.AddSingleton(services => new AuthService(database,
            (options.ConfigureAuth ?? (o => o))(new AuthOptions(spec.Auth)),
            spec.Auth.Email.Smtp is { Length: > 0 } smtp
                ? SmtpMailSender.Parse(smtp, spec.Auth.Email.From)
                : new LoggingMailSender(services.GetRequiredService<ILoggerFactory>()),
            AuthRateLimitStore.Create(services.GetService<IConnectionMultiplexer>(), services.GetRequiredService<ILoggerFactory>())));
        builder.Services.AddHostedService<MailOutboxService>();
        builder.Services.AddHostedService<ApiKeyUsageFlusher>();
        builder.Services.AddSingleton(services => new AuthApiKey(new AccessTokenValidator(spec.Auth.Jwt), services.GetRequiredService<AuthService>().ApiKeys));
        builder.Services.AddSingleton<AuthEndpoints>();
        builder.Services.AddSingleton<MfaEndpoints>();
        builder.Services.AddSingleton<AdminEndpoints>();
        builder.Services.AddSingleton<OAuthEndpoints>();
        OAuthSchemes.Register(builder.Services, spec);
        builder.Services.AddCors(cors =>
        {
            RestCors.Configure(cors, options);
            AuthCors.Configure(cors, options);
        });
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [HealthEndpoints.ReadyTag]);

        var app = builder.Build();
        if (options.TrustedProxies.Count > 0)
        {
            // First, so the rate limits, the audit log and every later middleware see the forwarded client.
            app.UseForwardedHeaders(TrustedProxies.Options(options.TrustedProxies));
        }
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<AccessLogMiddleware>();
        app.UseExceptionHandler(ProblemResponses.ExceptionHandler);
        // Bodiless 4xx/5xx (no route: 404, wrong method: 405) become problem+json here.
        app.UseStatusCodePages();
        app.UseRouting();
        if (spec.Auth.Providers.Count > 0)
        {
            // The providers' callbacks (/auth/v1/callback/{provider}) are answered by their handlers here.
            app.Use(async (context, next) =>
            {
                if (!await OAuthSchemes.HandleCallbackAsync(context))
                {
                    await next(context);
                }
            });
        }
        app.UseCors();
        Routes.Map(app);
        return new BasaltServer(spec, database, app);
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await App.StartAsync(cancellationToken);
        logger.LogInformation("listening on {Url} for {Spec}, database {Database}", BoundUrl, Spec.Name, database.DisplayName);
    }

    /// <summary>Starts, then waits for SIGTERM, Ctrl+C or <paramref name="cancellationToken"/>, then shuts down gracefully.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken);
        await App.WaitForShutdownAsync(cancellationToken);
        await FinishAsync();
    }

    /// <summary>
    /// Stops accepting connections, lets in-flight requests finish (up to <see cref="ServerOptions.ShutdownTimeout"/>),
    /// closes the connections, disposes the database and logs <c>stopped</c>.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await App.StopAsync(cancellationToken);
        await FinishAsync();
    }

    /// <summary>The start-up text for the terminal: URLs, database, the two API keys.</summary>
    public string RenderBanner() =>
        ServerBanner.Render(Spec, database.DisplayName, BoundUrl, ServiceKeys.Issue(Spec.Auth.Jwt, Spec.Name));

    public async ValueTask DisposeAsync()
    {
        await FinishAsync();
        // Disposing the app flushes the console logger's queue, so the last lines reach stdout before exit.
        await App.DisposeAsync();
    }

    private async Task FinishAsync()
    {
        if (Interlocked.Exchange(ref finished, 1) == 1)
        {
            return;
        }
        await database.DisposeAsync();
        logger.LogInformation("stopped");
    }
}
