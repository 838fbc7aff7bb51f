namespace Basalt.Bench;

/// <summary>Finds the repository's example specs from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class BenchPaths
{
    public static string Example(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var spec = Path.Combine(dir.FullName, "examples", name, "basalt.yaml");
            if (File.Exists(spec))
            {
                return spec;
            }
        }
        throw new InvalidOperationException($"no examples/{name}/basalt.yaml above {AppContext.BaseDirectory}");
    }
}
