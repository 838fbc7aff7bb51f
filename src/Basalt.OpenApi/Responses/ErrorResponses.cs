using Basalt.OpenApi.Schemas;
using Microsoft.OpenApi;

namespace Basalt.OpenApi.Responses;

/// <summary>
/// One reusable response per error status (<c>components.responses.error.400</c>…) with the error body; each
/// operation refers to the statuses it can return. HEAD responses have no body, so they get a copy without content.
/// </summary>
internal static class ErrorResponses
{
    public static string ComponentName(int status) => $"error.{status}";

    public static void AddTo(OpenApiDocument document)
    {
        foreach (var status in ErrorStatuses.All)
        {
            var content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/json"] = new() { Schema = new OpenApiSchemaReference(SchemaNames.Error, document) },
            };
            document.Components!.Responses![ComponentName(status)] = new OpenApiResponse
            {
                Description = ErrorStatuses.Describe(status),
                Content = content,
            };
        }
    }

    /// <summary>References to the given statuses' responses, or bodiless copies for HEAD.</summary>
    public static void AddTo(OpenApiResponses responses, OpenApiDocument document, IEnumerable<int> statuses, bool head = false)
    {
        foreach (var status in statuses)
        {
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = head
                ? new OpenApiResponse { Description = ErrorStatuses.Describe(status) }
                : new OpenApiResponseReference(ComponentName(status), document);
        }
    }
}
