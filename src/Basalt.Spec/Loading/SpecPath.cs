namespace Basalt.Spec.Loading;

/// <summary>Builds the dotted paths errors carry: <c>tables.posts.columns.title.type</c>, <c>tables.posts.indexes[0].columns[1]</c>.</summary>
internal static class SpecPath
{
    public static string Key(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static string Item(string path, int index) => $"{path}[{index}]";
}
