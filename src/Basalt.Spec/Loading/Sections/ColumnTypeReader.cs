using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Naming;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Sections;

/// <summary>Reads a column's <c>type</c> with the keys that refine it: <c>values</c> (enum), <c>precision</c>/<c>scale</c> (numeric).</summary>
internal static class ColumnTypeReader
{
    private const int MaxPrecision = 1000;

    /// <summary>Names from other databases and languages, so "did you mean" can point from <c>int</c> to <c>integer</c>.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["int"] = "integer", ["int4"] = "integer", ["serial"] = "integer", ["int8"] = "bigint", ["bigserial"] = "bigint",
        ["long"] = "bigint", ["int2"] = "smallint", ["string"] = "text", ["varchar"] = "text", ["char"] = "text",
        ["bool"] = "boolean", ["float"] = "double", ["float8"] = "double", ["float4"] = "real", ["decimal"] = "numeric",
        ["datetime"] = "timestamptz", ["blob"] = "bytea", ["bytes"] = "bytea", ["guid"] = "uuid", ["object"] = "jsonb",
    };

    public static string ValidTypes => string.Join(", ", ColumnKinds.AllNames) + ", or any of them followed by [] for an array";

    /// <summary>The type, or null when missing or unknown (already reported).</summary>
    public static ColumnType? Read(LoadContext context, SpecMap map, string path)
    {
        var typePath = SpecPath.Key(path, "type");
        if (!context.Require(map, path, "type", $"; valid: {ValidTypes}"))
        {
            return null;
        }
        var node = map["type"]!;
        if (node is SpecScalar { IsNull: true, ExpansionFailed: false })
        {
            context.Error(node, typePath, $"expected a type, found nothing; valid: {ValidTypes}");
            return null;
        }
        if (context.String(node, typePath) is not { } text)
        {
            return null;
        }
        var isArray = text.EndsWith("[]", StringComparison.Ordinal);
        var name = isArray ? text[..^2] : text;
        if (!ColumnKinds.TryParse(name, out var kind))
        {
            var closest = Aliases.TryGetValue(name, out var alias) ? alias : ClosestName.Find(name, ColumnKinds.AllNames);
            context.Error(node, typePath, Suggestions.Format($"unknown type '{text}'", closest is null ? null : closest + (isArray ? "[]" : ""), [ValidTypes]));
            return null;
        }
        var (precision, scale) = ReadPrecision(context, map, path, kind, text);
        return new ColumnType(kind, isArray, precision, scale, ReadValues(context, map, path, kind, text));
    }

    private static IReadOnlyList<string>? ReadValues(LoadContext context, SpecMap map, string path, ColumnKind kind, string typeName)
    {
        var valuesPath = SpecPath.Key(path, "values");
        if (kind != ColumnKind.Enum)
        {
            if (map.KeyNode("values") is { } key)
            {
                context.Error(key, valuesPath, $"values are only for enum columns; this column is {typeName}");
            }
            return null;
        }
        if (!context.Require(map, path, "values", "; an enum lists its values, e.g. values: [draft, published]"))
        {
            return null;
        }
        var values = context.Strings(map["values"], valuesPath) ?? [];
        if (values.Count == 0 && map["values"] is SpecList or SpecScalar { IsNull: true, ExpansionFailed: false })
        {
            context.Error(map["values"]!, valuesPath, "an enum needs at least one value");
        }
        var kept = new List<string>();
        foreach (var (value, node, itemPath) in values)
        {
            if (value.Length == 0)
            {
                context.Error(node, itemPath, "an enum value cannot be empty");
            }
            else if (value.Length > NameRules.MaxIdentifierLength)
            {
                context.Error(node, itemPath, $"an enum value is at most {NameRules.MaxIdentifierLength} characters; this one has {value.Length}");
            }
            else if (kept.Contains(value))
            {
                context.Error(node, itemPath, $"duplicate enum value '{value}'");
            }
            else
            {
                kept.Add(value);
            }
        }
        return kept.ToArray();
    }

    private static (int? Precision, int? Scale) ReadPrecision(LoadContext context, SpecMap map, string path, ColumnKind kind, string typeName)
    {
        if (kind != ColumnKind.Numeric)
        {
            foreach (var key in new[] { "precision", "scale" })
            {
                if (map.KeyNode(key) is { } node)
                {
                    context.Error(node, SpecPath.Key(path, key), $"{key} is only for numeric columns; this column is {typeName}");
                }
            }
            return (null, null);
        }
        var precisionPath = SpecPath.Key(path, "precision");
        var precision = context.Int(map["precision"], precisionPath);
        if (precision is < 1 or > MaxPrecision)
        {
            context.Error(map["precision"]!, precisionPath, $"precision must be between 1 and {MaxPrecision}, found {precision}");
            precision = null;
        }
        var scalePath = SpecPath.Key(path, "scale");
        var scale = context.Int(map["scale"], scalePath);
        if (scale is null)
        {
            return (precision, null);
        }
        if (!map.Has("precision"))
        {
            context.Error(map.KeyNode("scale")!, scalePath, "scale needs precision as well, e.g. precision: 10, scale: 2");
            return (precision, null);
        }
        if (precision is not null && (scale < 0 || scale > precision))
        {
            context.Error(map["scale"]!, scalePath, $"scale must be between 0 and the precision ({precision}), found {scale}");
            return (precision, null);
        }
        return (precision, scale);
    }
}
