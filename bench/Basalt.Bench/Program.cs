using BenchmarkDotNet.Running;

namespace Basalt.Bench;

/// <summary>Runs Basalt's benchmarks: <c>dotnet run -c Release --project bench/Basalt.Bench -- --filter '*Parse*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
