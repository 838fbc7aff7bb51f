using Basalt.OpenApi.Operations;
using Basalt.OpenApi.Parameters;
using Basalt.OpenApi.Responses;
using Basalt.OpenApi.Schemas;
using Basalt.OpenApi.Security;
using Basalt.Spec;
using Microsoft.OpenApi;

namespace Basalt.OpenApi;

/// <summary>
/// Describes a spec's REST API (<c>/rest/v1</c>) as an OpenAPI 3.1 document: every user table as a path with
/// GET, HEAD, POST, PATCH, PUT and DELETE, PostgREST's query parameters and headers, row schemas built from the
/// columns, the error body with the statuses the API returns, and the <c>apikey</c> and bearer JWT schemes.
/// Pure and deterministic: the same spec gives the same document, byte for byte; Basalt's own tables
/// (<c>auth.*</c>) are never part of it.
/// </summary>
public static class OpenApiGenerator
{
    /// <summary>Where the tables are served, relative to the server's root.</summary>
    public const string RestBasePath = "/rest/v1";

    public static OpenApiDocument Generate(AppSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo
            {
                Title = $"{spec.Name} REST API",
                Version = ApiVersion,
                Summary = $"PostgREST-compatible REST over the tables of the '{spec.Name}' spec, served by Basalt.",
                Description = DocumentText.Introduction,
            },
            Servers = [new OpenApiServer { Url = RestBasePath, Description = "This Basalt server" }],
            Paths = [],
            Tags = new HashSet<OpenApiTag>(),
            Components = new OpenApiComponents
            {
                Schemas = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal),
                Parameters = new Dictionary<string, IOpenApiParameter>(StringComparer.Ordinal),
                Headers = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal),
                RequestBodies = new Dictionary<string, IOpenApiRequestBody>(StringComparer.Ordinal),
                Responses = new Dictionary<string, IOpenApiResponse>(StringComparer.Ordinal),
                SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal),
            },
        };
        SecuritySchemes.AddTo(document);
        ErrorSchemas.AddTo(document);
        ErrorResponses.AddTo(document);
        ResponseHeaders.AddTo(document);
        SharedParameters.AddTo(document);
        foreach (var table in spec.Schema.UserTables)
        {
            TableSchemas.AddTo(document, spec.Schema, table);
            TableParameters.AddTo(document, spec.Schema, table);
            TableRequestBodies.AddTo(document, table);
            // The tag repeats the row schema's description: the viewer shows it above the table's operations.
            document.Tags.Add(new OpenApiTag { Name = table.Name.Name, Description = document.Components.Schemas[SchemaNames.Row(table)].Description });
            document.Paths["/" + table.Name.Name] = TablePath.Build(document, table);
        }
        return document;
    }

    /// <summary>The document as indented JSON (OpenAPI 3.1), ending with a newline.</summary>
    public static string GenerateJson(AppSpec spec)
    {
        var document = Generate(spec);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        document.SerializeAsV31(new OpenApiJsonWriter(text, new OpenApiJsonWriterSettings { Terse = false }));
        text.Write('\n');
        return text.ToString();
    }

    /// <summary>The API changes with Basalt's version (the grammar) and the spec (the tables); the spec's part is in the paths.</summary>
    private static string ApiVersion
    {
        get
        {
            var version = typeof(OpenApiGenerator).Assembly.GetName().Version ?? new Version(0, 0, 0);
            return $"{version.Major}.{version.Minor}.{version.Build}";
        }
    }
}
