using Basalt.Rest.Tests.Support;

namespace Basalt.Rest.Tests.Scenarios;

/// <summary>The seeded library on both engines, shared by read scenarios (which change nothing).</summary>
public sealed class LibraryFixture : IAsyncLifetime
{
    private readonly Dictionary<Engine, LibraryScenario> libraries = [];

    internal LibraryScenario this[Engine engine] => libraries[engine];

    public async Task InitializeAsync()
    {
        libraries[Engine.Sqlite] = await LibraryScenario.StartAsync(Engine.Sqlite);
        libraries[Engine.Postgres] = await LibraryScenario.StartAsync(Engine.Postgres);
    }

    public async Task DisposeAsync()
    {
        foreach (var library in libraries.Values)
        {
            await library.DisposeAsync();
        }
    }
}
