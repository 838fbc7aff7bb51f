using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Naming;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Loading.Sections;

/// <summary>
/// Reads a column's <c>default</c>: one of the function forms, or a literal checked against the column's type and
/// value constraints and kept as JSON text, so dialects render it without checking again.
/// </summary>
internal static partial class DefaultValueReader
{
    private const string ValidFunctions = "now(), auth.uid(), gen_random_uuid()";
    private const int MaxJsonValues = 10_000;

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The column facts a literal must respect; <see cref="Pattern"/> is null when absent or invalid.</summary>
    public sealed record Target(ColumnType Type, ColumnSchema Column, Regex? Pattern);

    public static ColumnDefault? Read(LoadContext context, SpecNode node, string path, Target target)
    {
        if (node is SpecScalar { ExpansionFailed: true })
        {
            return null;
        }
        if (node is SpecScalar { IsNull: true })
        {
            if (!target.Column.Nullable)
            {
                context.Error(node, path, "a column that is not nullable cannot default to null; add nullable: true or remove the default");
            }
            return null;
        }
        if (node is SpecScalar scalar && FunctionCall().IsMatch(scalar.Value.Trim()))
        {
            return ReadFunction(context, scalar, path, target.Type);
        }
        var json = target.Type.IsArray ? ReadArray(context, node, path, target) : ReadLiteral(context, node, path, target);
        return json is null ? null : ColumnDefault.Literal(json.ToJsonString(JsonOptions));
    }

    private static ColumnDefault? ReadFunction(LoadContext context, SpecScalar scalar, string path, ColumnType type)
    {
        var call = Whitespace().Replace(scalar.Value.ToLowerInvariant(), "");
        var (result, accepts, kinds) = call switch
        {
            "now()" => (ColumnDefault.Now, type.Kind is ColumnKind.Timestamp or ColumnKind.TimestampTz or ColumnKind.Date or ColumnKind.Time,
                "timestamp, timestamptz, date and time"),
            "auth.uid()" => (ColumnDefault.AuthUid, type.Kind == ColumnKind.Uuid, "uuid"),
            "gen_random_uuid()" => (ColumnDefault.GenRandomUuid, type.Kind == ColumnKind.Uuid, "uuid"),
            _ => (null, false, ""),
        };
        if (result is null)
        {
            var closest = ClosestName.Find(call, ["now()", "auth.uid()", "gen_random_uuid()"]);
            context.Error(scalar, path, Suggestions.Format($"unknown default function '{scalar.Value.Trim()}'", closest, [ValidFunctions]));
            return null;
        }
        if (!accepts || type.IsArray)
        {
            context.Error(scalar, path, $"{result} is a default for {kinds} columns; this column is {type.SpecName}");
            return null;
        }
        return result;
    }

    private static JsonArray? ReadArray(LoadContext context, SpecNode node, string path, Target target)
    {
        if (node is not SpecList list)
        {
            context.Error(node, path, $"invalid default for {target.Type.SpecName}: expected a list such as [] or [a, b], found {node.Describe()}");
            return null;
        }
        var element = target with { Type = target.Type with { IsArray = false } };
        var items = new JsonArray();
        var ok = true;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var itemPath = SpecPath.Item(path, i);
            if (list.Items[i] is SpecScalar { IsNull: true } nullItem)
            {
                context.Error(nullItem, itemPath, "an array default cannot hold null");
                ok = false;
            }
            else if (ReadLiteral(context, list.Items[i], itemPath, element) is { } item)
            {
                items.Add(item);
            }
            else
            {
                ok = false;
            }
        }
        return ok ? items : null;
    }

    private static JsonNode? ReadLiteral(LoadContext context, SpecNode node, string path, Target target)
    {
        var type = target.Type;
        if (type.Kind is ColumnKind.Json or ColumnKind.Jsonb)
        {
            return ToJson(context, node, path);
        }
        if (type.Kind == ColumnKind.Bytea)
        {
            context.Error(node, path, "a bytea column cannot have a literal default");
            return null;
        }
        if (node is not SpecScalar { ExpansionFailed: false } scalar)
        {
            return node is SpecScalar ? null : Invalid(context, node, path, type, ExpectedScalar(type));
        }
        var text = scalar.Value;
        switch (type.Kind)
        {
            case ColumnKind.Text:
                return LiteralConstraints.CheckText(context, scalar, path, target) ? JsonValue.Create(text) : null;
            case ColumnKind.Enum:
                if (type.Values.Count > 0 && !type.Values.Contains(text))
                {
                    context.Error(scalar, path, Suggestions.WithValid($"default '{text}' is not one of the enum's values", text, type.Values));
                    return null;
                }
                return JsonValue.Create(text);
            case ColumnKind.Uuid when LiteralFormats.IsUuid(text):
                return JsonValue.Create(Guid.ParseExact(text, "D").ToString("D"));
            case ColumnKind.Date when LiteralFormats.IsDate(text):
            case ColumnKind.Time when LiteralFormats.IsTime(text):
            case ColumnKind.Timestamp or ColumnKind.TimestampTz when LiteralFormats.IsTimestamp(text):
                return JsonValue.Create(text);
            case ColumnKind.Boolean when text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE":
                return JsonValue.Create(text.Equals("true", StringComparison.OrdinalIgnoreCase));
            case ColumnKind.SmallInt or ColumnKind.Integer or ColumnKind.BigInt when Numbers.TryParseLong(text, out var whole) && InRange(type.Kind, whole):
                return LiteralConstraints.CheckRange(context, scalar, path, target.Column, whole) ? JsonValue.Create(whole) : null;
            case ColumnKind.Real or ColumnKind.Double or ColumnKind.Numeric when Numbers.ToJson(text) is { } number:
                return !Numbers.TryParseDecimal(text, out var value) || LiteralConstraints.CheckRange(context, scalar, path, target.Column, value)
                    ? JsonNode.Parse(number)
                    : null;
            default:
                return Invalid(context, scalar, path, type, ExpectedScalar(type));
        }
    }

    private static JsonNode? Invalid(LoadContext context, SpecNode node, string path, ColumnType type, string expected)
    {
        context.Error(node, path, $"invalid default for {type.SpecName}: expected {expected}, found {node.Describe()}");
        return null;
    }

    private static string ExpectedScalar(ColumnType type) => type.Kind switch
    {
        ColumnKind.Text or ColumnKind.Enum => "a string",
        ColumnKind.SmallInt => "a whole number from -32768 to 32767",
        ColumnKind.Integer => "a whole number from -2147483648 to 2147483647",
        ColumnKind.BigInt => "a whole number from -9223372036854775808 to 9223372036854775807",
        ColumnKind.Real or ColumnKind.Double or ColumnKind.Numeric => "a number",
        ColumnKind.Boolean => "true or false",
        ColumnKind.Uuid => "a uuid such as 123e4567-e89b-12d3-a456-426614174000, gen_random_uuid() or auth.uid()",
        ColumnKind.Date => "a date YYYY-MM-DD or now()",
        ColumnKind.Time => "a time HH:MM or HH:MM:SS, or now()",
        _ => "an ISO-8601 timestamp such as 2024-01-31T12:00:00Z, or now()",
    };

    private static bool InRange(ColumnKind kind, long value) => kind switch
    {
        ColumnKind.SmallInt => value is >= short.MinValue and <= short.MaxValue,
        ColumnKind.Integer => value is >= int.MinValue and <= int.MaxValue,
        _ => true,
    };

    /// <summary>Any YAML value as JSON: quoted scalars are strings, plain ones follow YAML's core schema.</summary>
    private static JsonNode? ToJson(LoadContext context, SpecNode node, string path)
    {
        // Aliases share nodes, so a few lines can stand for billions of values: cap what one default may expand to.
        var budget = MaxJsonValues;
        var json = ToJson(node, ref budget);
        if (budget < 0)
        {
            context.Error(node, path, $"a default may hold at most {MaxJsonValues} values");
            return null;
        }
        return json;
    }

    private static JsonNode? ToJson(SpecNode node, ref int budget)
    {
        if (--budget < 0)
        {
            return null;
        }
        switch (node)
        {
            case SpecMap map:
                var obj = new JsonObject();
                foreach (var (key, value) in map.Entries)
                {
                    obj[key.Value] = ToJson(value, ref budget);
                }
                return obj;
            case SpecList list:
                var array = new JsonArray();
                foreach (var item in list.Items)
                {
                    array.Add(ToJson(item, ref budget));
                }
                return array;
            case SpecScalar { Quoted: true } quoted:
                return JsonValue.Create(quoted.Value);
            case SpecScalar { IsNull: true }:
                return null;
            case SpecScalar { Value: "true" or "True" or "TRUE" }:
                return JsonValue.Create(true);
            case SpecScalar { Value: "false" or "False" or "FALSE" }:
                return JsonValue.Create(false);
            case SpecScalar scalar when Numbers.ToJson(scalar.Value) is { } number:
                return JsonNode.Parse(number);
            default:
                return JsonValue.Create(((SpecScalar)node).Value);
        }
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)?\s*\(\s*\)$")]
    private static partial Regex FunctionCall();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
