using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Sections;

/// <summary>Checks the names a spec declares for tables and columns; each becomes an identifier on both databases.</summary>
internal static class NameChecks
{
    /// <returns>True when <paramref name="name"/> may be used as written.</returns>
    public static bool CheckIdentifier(LoadContext context, SpecScalar name, string path, string what)
    {
        if (!NameRules.Identifier().IsMatch(name.Value))
        {
            context.Error(name, path, $"invalid {what} name '{name.Value}'; {NameRules.IdentifierRule}");
            return false;
        }
        if (name.Value.Length > NameRules.MaxIdentifierLength)
        {
            context.Error(name, path, $"a {what} name is at most {NameRules.MaxIdentifierLength} characters; this one has {name.Value.Length}");
            return false;
        }
        return true;
    }

    public static bool CheckTableName(LoadContext context, SpecScalar name, string path)
    {
        if (!CheckIdentifier(context, name, path, "table"))
        {
            return false;
        }
        if (NameRules.ReservedTablePrefixes.Any(p => name.Value.StartsWith(p, StringComparison.Ordinal)))
        {
            context.Error(name, path, $"table name '{name.Value}' is reserved: names starting with {string.Join(", ", NameRules.ReservedTablePrefixes)} belong to Basalt and the databases");
            return false;
        }
        // SQLite has no schemas, so Basalt's own auth.users is stored as auth_users: a spec table may not take that name.
        if (SystemTables.All.FirstOrDefault(t => t.Name.Flat == name.Value) is { } system)
        {
            context.Error(name, path, $"table name '{name.Value}' is taken by Basalt's own table {system.Name}");
            return false;
        }
        return true;
    }
}
