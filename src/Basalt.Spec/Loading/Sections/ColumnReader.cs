using Basalt.Spec.Loading.Compiling;
using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Sections;

/// <summary>Reads one entry of <c>columns:</c>. Relations and <c>check</c> are resolved once every table is read.</summary>
internal static class ColumnReader
{
    internal static IReadOnlyList<string> Actions { get; } = ["cascade", "restrict", "set null", "set default", "no action"];

    public static ColumnDraft? Read(LoadContext context, SpecScalar key, SpecNode value, string path)
    {
        NameChecks.CheckIdentifier(context, key, path, "column");
        if (context.RequiredSection(value, path, SpecKeys.Column) is not { } map)
        {
            return null;
        }
        var type = ColumnTypeReader.Read(context, map, path);
        var primaryFlag = context.Bool(map["primary"], SpecPath.Key(path, "primary"));
        var primary = primaryFlag ?? false;
        var identity = ReadGenerated(context, map, path, type);
        var nullable = ReadNullable(context, map, path, primary, identity);
        var constraints = ColumnConstraintReader.Read(context, map, path, type);
        var references = ReadReference(context, map, path);
        var onDelete = ReadOnDelete(context, map, path, references is not null || map.Has("references"), nullable);
        var schema = new ColumnSchema(key.Value, type ?? new ColumnType(ColumnKind.Text))
        {
            Nullable = nullable,
            Identity = identity,
            MinLength = constraints.MinLength,
            MaxLength = constraints.MaxLength,
            Pattern = constraints.Pattern,
            Min = constraints.Min,
            Max = constraints.Max,
            Sensitive = context.Bool(map["sensitive"], SpecPath.Key(path, "sensitive")) ?? false,
            Description = context.OptionalString(map["description"], SpecPath.Key(path, "description")),
        };
        var checkPath = SpecPath.Key(path, "check");
        var check = context.Scalar(map["check"], checkPath, "a check expression");
        if (check is not null && check.Value.Trim().Length == 0)
        {
            context.Error(check, checkPath, "a check cannot be empty; remove it or write an expression such as \"length(title) > 0\"");
            check = null;
        }
        var renamedFrom = context.Scalar(map["renamed_from"], SpecPath.Key(path, "renamed_from"), "a column name");
        if (renamedFrom is { IsNull: false })
        {
            NameChecks.CheckIdentifier(context, renamedFrom, SpecPath.Key(path, "renamed_from"), "column");
        }
        schema = schema with
        {
            Check = check?.Value.Trim(),
            RenamedFrom = renamedFrom is { IsNull: false } ? renamedFrom.Value : null,
            Default = ReadDefault(context, map, path, type, schema, constraints, identity),
        };
        return new ColumnDraft(key.Value, key, path, schema)
        {
            TypeKnown = type is not null,
            Primary = primary,
            PrimaryUnreadable = primaryFlag is null && map["primary"] is SpecScalar { IsNull: false },
            Unique = context.Bool(map["unique"], SpecPath.Key(path, "unique")) ?? false,
            References = references,
            OnDelete = onDelete,
            CheckNode = check,
            RenamedFromNode = renamedFrom is { IsNull: false } ? renamedFrom : null,
        };
    }

    private static bool ReadGenerated(LoadContext context, SpecMap map, string path, ColumnType? type)
    {
        var generatedPath = SpecPath.Key(path, "generated");
        if (context.Choice(map["generated"], generatedPath, "generated kind", ["identity"]) is null)
        {
            return false;
        }
        if (type is not null && !type.IsInteger)
        {
            context.Error(map["generated"]!, generatedPath, $"generated: identity is only for smallint, integer and bigint columns; this column is {type.SpecName}");
            return false;
        }
        return true;
    }

    private static bool ReadNullable(LoadContext context, SpecMap map, string path, bool primary, bool identity)
    {
        var nullablePath = SpecPath.Key(path, "nullable");
        var nullable = context.Bool(map["nullable"], nullablePath) ?? false;
        if (nullable && primary)
        {
            context.Error(map["nullable"]!, nullablePath, "a primary key column cannot be nullable; remove nullable: true");
            return false;
        }
        if (nullable && identity)
        {
            context.Error(map["nullable"]!, nullablePath, "an identity column cannot be nullable; remove nullable: true");
            return false;
        }
        return nullable;
    }

    private static SpecScalar? ReadReference(LoadContext context, SpecMap map, string path)
    {
        var referencesPath = SpecPath.Key(path, "references");
        var references = context.Scalar(map["references"], referencesPath, "a table name, or table.column");
        if (references is { IsNull: true })
        {
            context.Error(references, referencesPath, "expected a table name, or table.column, found nothing");
            return null;
        }
        return references;
    }

    private static ReferentialAction ReadOnDelete(LoadContext context, SpecMap map, string path, bool hasReference, bool nullable)
    {
        var onDeletePath = SpecPath.Key(path, "on_delete");
        var action = context.Choice(map["on_delete"], onDeletePath, "on_delete action", Actions);
        if (action is null)
        {
            return ReferentialAction.NoAction;
        }
        if (!hasReference)
        {
            context.Error(map.KeyNode("on_delete")!, onDeletePath, "on_delete needs references; this column references no table");
            return ReferentialAction.NoAction;
        }
        if (action == "set null" && !nullable)
        {
            context.Error(map["on_delete"]!, onDeletePath, "on_delete: set null needs a nullable column; add nullable: true");
        }
        return action switch
        {
            "cascade" => ReferentialAction.Cascade,
            "restrict" => ReferentialAction.Restrict,
            "set null" => ReferentialAction.SetNull,
            "set default" => ReferentialAction.SetDefault,
            _ => ReferentialAction.NoAction,
        };
    }

    private static ColumnDefault? ReadDefault(LoadContext context, SpecMap map, string path, ColumnType? type, ColumnSchema schema,
        ColumnConstraintReader.Constraints constraints, bool identity)
    {
        if (map["default"] is not { } node)
        {
            return null;
        }
        var defaultPath = SpecPath.Key(path, "default");
        if (identity)
        {
            context.Error(node, defaultPath, "an identity column cannot have a default; remove default or generated");
            return null;
        }
        return type is null ? null : DefaultValueReader.Read(context, node, defaultPath, new DefaultValueReader.Target(type, schema, constraints.CompiledPattern));
    }
}
