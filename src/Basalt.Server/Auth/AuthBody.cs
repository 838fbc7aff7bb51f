using System.Text.Json;
using System.Text.Json.Nodes;
using Basalt.Auth.Errors;

namespace Basalt.Server.Auth;

/// <summary>
/// A JSON request body of <c>/auth/v1</c>: an object, read field by field. A field of the wrong JSON type is
/// GoTrue's <c>bad_json</c>, recorded in <see cref="Error"/> (the first one wins) while reading goes on; unknown fields
/// (auth-js sends <c>gotrue_meta_security</c>, <c>code_challenge</c>…) are ignored.
/// </summary>
internal sealed class AuthBody
{
    private readonly JsonObject fields;

    private AuthBody(JsonObject fields) => this.fields = fields;

    public AuthError? Error { get; private set; }

    /// <summary>Parses the body; an empty body is an empty object, anything but a JSON object is <c>bad_json</c>.</summary>
    public static (AuthBody? Body, AuthError? Error) Parse(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return (new AuthBody([]), null);
        }
        try
        {
            return JsonNode.Parse(bytes.Span, documentOptions: new JsonDocumentOptions { MaxDepth = 32 }) is JsonObject obj
                ? (new AuthBody(obj), null)
                : (null, AuthErrors.BadJson("the body must be a JSON object"));
        }
        catch (JsonException e)
        {
            return (null, AuthErrors.BadJson(e.Message.Split(" Path:", 2)[0]));
        }
    }

    public string? Text(string name)
    {
        var node = fields[name];
        if (node is null)
        {
            return null;
        }
        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return text;
        }
        Error ??= AuthErrors.BadJson($"field '{name}' must be a string");
        return null;
    }

    public JsonObject? Object(string name)
    {
        var node = fields[name];
        if (node is null or JsonObject)
        {
            return (JsonObject?)node;
        }
        Error ??= AuthErrors.BadJson($"field '{name}' must be an object");
        return null;
    }

    public bool? Bool(string name)
    {
        var node = fields[name];
        if (node is null)
        {
            return null;
        }
        if (node is JsonValue value && value.TryGetValue<bool>(out var flag))
        {
            return flag;
        }
        Error ??= AuthErrors.BadJson($"field '{name}' must be a boolean");
        return null;
    }
}
