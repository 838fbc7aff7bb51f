using System.Text.Json.Nodes;
using Basalt.Query.Request;
using Microsoft.OpenApi;

namespace Basalt.OpenApi.Parameters;

/// <summary>The parameters every table shares: paging, logic trees, the <c>Range</c> headers and <c>Prefer</c> per kind of request.</summary>
internal static class SharedParameters
{
    public static void AddTo(OpenApiDocument document)
    {
        var parameters = document.Components!.Parameters!;
        parameters[ParameterNames.Limit] = new OpenApiParameter
        {
            Name = "limit",
            In = ParameterLocation.Query,
            Description = "At most this many rows. `{embed}.limit` limits an embedded table's rows per parent row.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0" },
            Example = JsonValue.Create(20),
        };
        parameters[ParameterNames.Offset] = new OpenApiParameter
        {
            Name = "offset",
            In = ParameterLocation.Query,
            Description = "Skip this many rows first (use with `order` for stable pages). `{embed}.offset` for an embedded table.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0" },
            Example = JsonValue.Create(0),
        };
        parameters[ParameterNames.Or] = Logic("or", "Rows matching any of the conditions");
        parameters[ParameterNames.And] = Logic("and", "Rows matching all of the conditions");
        parameters[ParameterNames.Range] = new OpenApiParameter
        {
            Name = "Range",
            In = ParameterLocation.Header,
            Description = "The rows to return, 0-based and inclusive: `0-24`, or `25-` for all from the 26th. "
                + "Combined with `limit`/`offset`; a range that selects nothing is 416 (PGRST103). Honoured on GET only.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]+-[0-9]*$" },
            Example = JsonValue.Create("0-24"),
        };
        parameters[ParameterNames.RangeUnit] = new OpenApiParameter
        {
            Name = "Range-Unit",
            In = ParameterLocation.Header,
            Description = "Sent by some clients with `Range`; `items` is the only unit and the header is otherwise ignored.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("items")] },
        };
        foreach (var kind in PreferTokens.Kinds)
        {
            parameters[ParameterNames.Prefer(kind)] = Prefer(kind);
        }
    }

    private static OpenApiParameter Logic(string name, string what) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = $"{what}, in parentheses: `({{column}}.{{operator}}.{{value}},…)`, nested with `and(…)`/`or(…)`, negated "
            + $"with `not.{name}=(…)`. `{{embed}}.{name}=(…)` filters an embedded table. Values holding `,.:()` are double-quoted.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^\(.*\)$" },
        Example = JsonValue.Create(name == "or" ? "(id.eq.1,id.gt.100)" : "(id.gte.10,id.lt.20)"),
    };

    private static OpenApiParameter Prefer(RequestKind kind)
    {
        var tokens = new OpenApiSchema { Type = JsonSchemaType.String, Enum = PreferTokens.Fixed(kind).Select(t => (JsonNode)JsonValue.Create(t)).ToList() };
        var patterns = PreferTokens.Patterns(kind);
        // A token is one of the fixed ones, or (where there are any) one carrying a number.
        IOpenApiSchema items = patterns.Count == 0
            ? tokens
            : new OpenApiSchema { AnyOf = [tokens, .. patterns.Select(p => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = p })] };
        return new OpenApiParameter
        {
            Name = "Prefer",
            In = ParameterLocation.Header,
            Description = PreferTokens.Describe(kind),
            Style = ParameterStyle.Simple,
            Explode = false,
            Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = items, UniqueItems = true },
        };
    }
}
