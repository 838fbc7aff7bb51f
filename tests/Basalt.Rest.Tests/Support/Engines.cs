namespace Basalt.Rest.Tests.Support;

/// <summary>xunit data: each scenario once per engine.</summary>
public static class Engines
{
    public static TheoryData<Engine> Both => new() { Engine.Sqlite, Engine.Postgres };
}
