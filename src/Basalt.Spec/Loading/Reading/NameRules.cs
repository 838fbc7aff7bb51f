using System.Text.RegularExpressions;

namespace Basalt.Spec.Loading.Reading;

/// <summary>The spelling rules for names a spec declares; each becomes an identifier on both databases.</summary>
internal static partial class NameRules
{
    /// <summary>PostgreSQL's identifier limit (NAMEDATALEN - 1); longer names would be silently truncated.</summary>
    public const int MaxIdentifierLength = 63;

    public const string IdentifierRule = "use lowercase letters, digits and '_', starting with a letter or '_'";

    public static IReadOnlyList<string> BuiltInRoles { get; } = ["anon", "authenticated", "service_role"];

    public static IReadOnlyList<string> ReservedTablePrefixes { get; } = ["_basalt", "sqlite_", "pg_"];

    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    public static partial Regex AppName();

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    public static partial Regex Identifier();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    public static partial Regex Role();

    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    public static partial Regex Provider();
}
