using System.Text;
using Basalt.Query.Request;
using Basalt.Rest.Errors;

namespace Basalt.Rest.Responses;

/// <summary>Builds <see cref="RestResponse"/>s: errors in PostgREST's shape, and representation bodies in the negotiated format.</summary>
internal static class ResponseBuilder
{
    public static RestResponse Error(RestError error, Exception? failure = null) =>
        new(error.Status, [.. error.Headers, new("Content-Type", ResponseContext.JsonContentType)], new BytesBody(RestErrorBody.Serialize(error)))
        {
            Failure = failure,
        };

    /// <summary>
    /// A JSON array as the negotiated representation. Only a plain JSON array may stay streamed; one object, CSV and
    /// stripped nulls need the whole document (their bodies are one row, or converted anyway).
    /// </summary>
    public static async Task<RestBody> RepresentationAsync(Execution.ResultBody body, Representation representation, CancellationToken cancellationToken)
    {
        if (representation.Kind == RepresentationKind.Json && !representation.StripNulls)
        {
            return body.ToRestBody();
        }
        var json = await body.ReadAllAsync(cancellationToken);
        if (representation.StripNulls)
        {
            json = JsonDocuments.StripNulls(json);
        }
        var text = representation.Kind switch
        {
            RepresentationKind.SingleObject => JsonDocuments.SingleElement(json),
            RepresentationKind.Csv => JsonToCsv.Convert(json),
            _ => json,
        };
        return new BytesBody(Encoding.UTF8.GetBytes(text));
    }
}
