using Basalt.Server.Tests.Support;
using Basalt.Spec.Loading;
using Basalt.Testing;

namespace Basalt.Server.Tests.OpenApi;

/// <summary>A real server for the blog example (its spec as written, over a SQLite file in a temp folder) on a free port.</summary>
internal sealed class BlogServer : IAsyncDisposable
{
    private readonly TempDirectory temp;

    private BlogServer(TempDirectory temp, BasaltServer server)
    {
        this.temp = temp;
        Server = server;
        // Redirects are checked by the tests, not followed.
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BoundUrl };
    }

    public BasaltServer Server { get; }

    public HttpClient Client { get; }

    public static async Task<BlogServer> StartAsync()
    {
        var temp = new TempDirectory("basalt-openapi");
        var path = temp.Write("basalt.yaml", await File.ReadAllTextAsync(RepositoryPaths.Example("blog")));
        var loaded = SpecLoader.LoadFile(path, new Dictionary<string, string?>());
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var server = BasaltServer.Build(loaded.Spec!, new SqliteFileDatabase(temp.File("blog.db")), new ServerOptions
        {
            Port = 0,
            MigrationStatus = _ => Task.FromResult(MigrationStatuses.UpToDate(applied: 1)),
            ConfigureLogging = new CapturedLog().AttachTo,
        });
        await server.StartAsync();
        return new BlogServer(temp, server);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        temp.Dispose();
    }
}
