using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Rest.Errors;
using Basalt.Rest.Execution;

namespace Basalt.Rest.Responses;

/// <summary>
/// The answer to GET and HEAD, by PostgREST's rules: one object or PGRST116 (406) for
/// <c>application/vnd.pgrst.object+json</c>; 416 PGRST103 for a page that starts beyond a counted total; 206 for a
/// partial page of a counted total; <c>Content-Range</c>, <c>Content-Location</c>, <c>Content-Type</c> and
/// <c>Preference-Applied</c>; no body for HEAD.
/// </summary>
internal static class ReadResponder
{
    public static async Task<RestResponse> RespondAsync(ResponseContext context, ReadPlan plan, QueryResult result, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (request.Representation.Kind == RepresentationKind.SingleObject && result.Rows != 1)
        {
            await result.DisposeAsync();
            return ResponseBuilder.Error(RestErrors.NotSingular(result.Rows));
        }
        var total = request.Preferences.Count is null ? null : result.Total;
        var offset = plan.Root.Offset;
        var (status, range) = ContentRange.ForRead(offset, result.Rows, total);
        if (status == 416)
        {
            await result.DisposeAsync();
            var error = RestErrors.RangeNotSatisfiable(offset, total ?? 0);
            return ResponseBuilder.Error(error with { Headers = [.. error.Headers, new("Content-Range", range)] });
        }
        var headers = new List<KeyValuePair<string, string>>
        {
            new("Content-Range", range),
            new("Content-Location", context.ContentLocation()),
        };
        headers.AddRange(context.ContentHeaders());
        if (AppliedPreferences.Header(request, plan.Table.PrimaryKey.Count > 0) is { } applied)
        {
            headers.Add(new(AppliedPreferences.HeaderName, applied));
        }
        if (request.HeadOnly)
        {
            await result.DisposeAsync();
            return new RestResponse(status, headers, null);
        }
        var body = await ResponseBuilder.RepresentationAsync(result.Body ?? ResultBody.FromText("[]"), request.Representation, cancellationToken);
        return new RestResponse(status, headers, body);
    }
}
