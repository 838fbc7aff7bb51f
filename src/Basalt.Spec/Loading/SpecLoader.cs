namespace Basalt.Spec.Loading;

/// <summary>
/// Turns a spec file (YAML, or JSON of the same shape) into an <see cref="AppSpec"/>: parse with positions,
/// expand <c>${VAR}</c>, validate everything, report every problem at once.
/// </summary>
public static class SpecLoader
{
    /// <summary>Loads a file. <paramref name="environment"/> defaults to the process environment.</summary>
    public static SpecLoadResult LoadFile(string path, IReadOnlyDictionary<string, string?>? environment = null)
    {
        throw new NotImplementedException();
    }

    /// <summary>Loads text as if read from <paramref name="path"/> (used for messages and to resolve relative paths).</summary>
    public static SpecLoadResult LoadText(string text, string path, IReadOnlyDictionary<string, string?>? environment = null)
    {
        throw new NotImplementedException();
    }
}
