using System.Text;

namespace Basalt.Query.Request;

/// <summary>
/// Quoting used by the debug renderings (<c>ToString()</c>) of the request tree. Names print bare when they are
/// plain identifiers and in PostgREST's double quotes otherwise; values print as single-quoted literals, so a
/// rendering never hides where a value starts or ends.
/// </summary>
internal static class Syntax
{
    public static string Name(string name)
    {
        if (name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$'))
        {
            return name;
        }
        var quoted = new StringBuilder(name.Length + 2).Append('"');
        foreach (var c in name)
        {
            if (c is '"' or '\\')
            {
                quoted.Append('\\');
            }
            quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }

    public static string Literal(string? value) => value is null ? "null" : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Join<T>(IEnumerable<T> items, string separator = ", ") => string.Join(separator, items);
}
