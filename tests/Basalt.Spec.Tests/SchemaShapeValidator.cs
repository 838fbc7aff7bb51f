using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Basalt.Spec.Tests;

/// <summary>
/// The subset of JSON Schema 2020-12 that <c>docs/basalt.schema.json</c> uses, enough to check example specs against
/// it. A keyword outside the subset fails the test instead of being ignored, so a check can never pass by skipping.
/// </summary>
internal sealed class SchemaShapeValidator(JsonObject root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "$defs", "title", "description", "default"];

    public List<string> Validate(JsonNode? value)
    {
        var problems = new List<string>();
        Check(root, value, "", problems);
        return problems;
    }

    private void Check(JsonObject schema, JsonNode? value, string at, List<string> problems)
    {
        foreach (var (keyword, argument) in schema)
        {
            switch (keyword)
            {
                case var _ when Annotations.Contains(keyword):
                case "then" or "propertyNames" or "minimum" or "maximum":
                    break; // then: with if; propertyNames: with properties below; bounds: with type.
                case "$ref":
                    Check(Resolve((string)argument!), value, at, problems);
                    break;
                case "type":
                    if (!HasType(value, (string)argument!))
                    {
                        problems.Add($"{at}: expected {argument}, found {Kind(value)}");
                    }
                    else if (value is JsonValue number && number.TryGetValue<double>(out var n)
                        && ((schema["minimum"] is { } min && n < (double)min) || (schema["maximum"] is { } max && n > (double)max)))
                    {
                        problems.Add($"{at}: {n} out of range");
                    }
                    break;
                case "enum":
                    if (!argument!.AsArray().Any(a => JsonNode.DeepEquals(a, value)))
                    {
                        problems.Add($"{at}: {value?.ToJsonString()} is not one of {argument.ToJsonString()}");
                    }
                    break;
                case "const":
                    if (!JsonNode.DeepEquals(argument, value))
                    {
                        problems.Add($"{at}: expected {argument?.ToJsonString()}");
                    }
                    break;
                case "pattern":
                    if (value is JsonValue v && v.TryGetValue<string>(out var text) && !Regex.IsMatch(text, (string)argument!))
                    {
                        problems.Add($"{at}: '{text}' does not match {argument}");
                    }
                    break;
                case "minLength" or "maxLength":
                    if (value is JsonValue s && s.TryGetValue<string>(out var str)
                        && (keyword == "minLength" ? str.Length < (int)argument! : str.Length > (int)argument!))
                    {
                        problems.Add($"{at}: {keyword} {argument}");
                    }
                    break;
                case "required":
                    foreach (var name in argument!.AsArray().Select(r => (string)r!))
                    {
                        if (value is JsonObject o && !o.ContainsKey(name))
                        {
                            problems.Add($"{at}: missing {name}");
                        }
                    }
                    break;
                case "properties" or "additionalProperties":
                    if (keyword == "properties" || !schema.ContainsKey("properties"))
                    {
                        CheckObject(schema, value, at, problems);
                    }
                    break;
                case "minProperties" or "minItems":
                    if ((value is JsonObject mo && mo.Count < (int)argument!) || (value is JsonArray ma && ma.Count < (int)argument!))
                    {
                        problems.Add($"{at}: {keyword} {argument}");
                    }
                    break;
                case "uniqueItems":
                    if (value is JsonArray ua && ua.Select(i => i?.ToJsonString()).Distinct().Count() != ua.Count)
                    {
                        problems.Add($"{at}: items are not unique");
                    }
                    break;
                case "items":
                    if (value is JsonArray items)
                    {
                        for (var i = 0; i < items.Count; i++)
                        {
                            Check(argument!.AsObject(), items[i], $"{at}[{i}]", problems);
                        }
                    }
                    break;
                case "anyOf":
                    if (!argument!.AsArray().Any(option => Check(option!.AsObject(), value)))
                    {
                        problems.Add($"{at}: matches none of anyOf");
                    }
                    break;
                case "allOf":
                    foreach (var part in argument!.AsArray())
                    {
                        Check(part!.AsObject(), value, at, problems);
                    }
                    break;
                case "if":
                    if (Check(argument!.AsObject(), value) && schema["then"] is JsonObject then)
                    {
                        Check(then, value, at, problems);
                    }
                    break;
                case "not":
                    if (Check(argument!.AsObject(), value))
                    {
                        problems.Add($"{at}: must not match {argument.ToJsonString()}");
                    }
                    break;
                default:
                    throw new NotSupportedException($"keyword '{keyword}' is outside the subset this validator knows");
            }
        }
    }

    private void CheckObject(JsonObject schema, JsonNode? value, string at, List<string> problems)
    {
        if (value is not JsonObject obj)
        {
            return;
        }
        var properties = schema["properties"] as JsonObject;
        foreach (var (name, child) in obj)
        {
            var path = at.Length == 0 ? name : $"{at}.{name}";
            if (schema["propertyNames"] is JsonObject names)
            {
                Check(names, JsonValue.Create(name), path, problems);
            }
            if (properties?[name] is JsonObject property)
            {
                Check(property, child, path, problems);
            }
            else if (schema["additionalProperties"] is JsonObject additional)
            {
                Check(additional, child, path, problems);
            }
            else if (schema["additionalProperties"] is JsonValue allowed && !(bool)allowed)
            {
                problems.Add($"{path}: unknown property");
            }
        }
    }

    private bool Check(JsonObject schema, JsonNode? value)
    {
        var problems = new List<string>();
        Check(schema, value, "", problems);
        return problems.Count == 0;
    }

    private JsonObject Resolve(string reference) =>
        reference.StartsWith("#/$defs/", StringComparison.Ordinal)
            ? root["$defs"]![reference["#/$defs/".Length..]]!.AsObject()
            : throw new NotSupportedException($"reference '{reference}'");

    private static bool HasType(JsonNode? value, string type) => type switch
    {
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value?.GetValueKind() == JsonValueKind.String,
        "boolean" => value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "number" => value?.GetValueKind() == JsonValueKind.Number,
        "integer" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<double>(out var d) && d == Math.Floor(d),
        _ => throw new NotSupportedException($"type '{type}'"),
    };

    private static string Kind(JsonNode? value) => value?.GetValueKind().ToString().ToLowerInvariant() ?? "null";
}
