namespace Basalt.Testing;

/// <summary>Finds files of the repository (examples, docs) from a test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Basalt.slnx")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException($"no Basalt.slnx above {AppContext.BaseDirectory}");
        }
    }

    public static string Example(string name) => Path.Combine(Root, "examples", name, "basalt.yaml");
}
