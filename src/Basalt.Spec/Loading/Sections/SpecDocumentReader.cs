using Basalt.Spec.Loading.Compiling;
using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Sections;

/// <summary>Reads the document's top level, each section, then resolves relations and compiles the schema.</summary>
internal static class SpecDocumentReader
{
    private const int SupportedVersion = 1;

    /// <summary>The spec, or null when nothing could be read; check the context for errors either way.</summary>
    public static AppSpec? Read(LoadContext context, SpecNode? root, string sourcePath)
    {
        if (root is null)
        {
            context.Error(1, 1, "", "the spec is empty; it needs at least name and tables");
            return null;
        }
        if (context.RequiredSection(root, "", SpecKeys.Top) is not { } map)
        {
            return null;
        }
        ReadVersion(context, map);
        var name = ReadName(context, map);
        var customRoles = RoleNames.ReadCustomRoles(context, map["roles"]);
        var directory = Path.GetDirectoryName(Path.GetFullPath(sourcePath)) ?? ".";
        var database = DatabaseSectionReader.Read(context, map["database"], name ?? "basalt", directory);
        var auth = AuthSectionReader.Read(context, map["auth"]);
        var roles = RoleNames.All(customRoles);
        var drafts = ReadTables(context, map, roles);
        var foreignKeys = ReferenceResolver.Resolve(context, drafts);
        var tables = SchemaCompiler.Compile(context, drafts, foreignKeys, roles);
        return new AppSpec(name ?? "", sourcePath, database, auth, new DatabaseSchema([.. SystemTables.All, .. tables]))
        {
            Version = SupportedVersion,
            Roles = customRoles,
        };
    }

    private static void ReadVersion(LoadContext context, SpecMap map)
    {
        if (context.Int(map["version"], "version") is { } version and not SupportedVersion)
        {
            context.Error(map["version"]!, "version", $"unsupported version {version}; this Basalt reads version {SupportedVersion}");
        }
    }

    private static string? ReadName(LoadContext context, SpecMap map)
    {
        if (!context.Require(map, "", "name", "; e.g. name: blog"))
        {
            return null;
        }
        var node = map["name"]!;
        if (node is SpecScalar { IsNull: true, ExpansionFailed: false })
        {
            context.Error(node, "name", "expected a name, found nothing; e.g. name: blog");
            return null;
        }
        var name = context.String(node, "name");
        if (name is not null && !NameRules.AppName().IsMatch(name))
        {
            context.Error(node, "name", $"invalid name '{name}'; use lowercase letters, digits, '_' and '-', starting with a letter");
            return null;
        }
        return name;
    }

    private static IReadOnlyList<TableDraft> ReadTables(LoadContext context, SpecMap map, IReadOnlyList<string> roles)
    {
        if (!context.Require(map, "", "tables", "; a spec declares at least one table"))
        {
            return [];
        }
        var node = map["tables"]!;
        var tables = context.Map(node, "tables");
        if (tables is null || tables.Entries.Count == 0)
        {
            if (tables is not null || node is SpecScalar { IsNull: true, ExpansionFailed: false })
            {
                context.Error(node, "tables", "a spec needs at least one table");
            }
            return [];
        }
        var drafts = new List<TableDraft>();
        foreach (var (key, value) in tables.Entries)
        {
            if (TableReader.Read(context, key, value, SpecPath.Key("tables", key.Value), roles) is { } table)
            {
                drafts.Add(table);
            }
        }
        return drafts;
    }
}
