using System.Text.Json;
using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Rest.Execution;

namespace Basalt.Rest.Responses;

/// <summary>
/// The answer to POST, PUT, PATCH and DELETE, by PostgREST's rules (its <c>Response.actionResponse</c>): POST is 201
/// (200 when a merge-duplicates upsert inserted nothing), with <c>Location</c> for <c>return=headers-only</c> when one
/// row was inserted; PUT is 201 or 200 with a representation (201 only when the command reports an insert), 204
/// without; PATCH and DELETE are 200 with a representation, 204 without. <c>Content-Range</c> is <c>*/total</c> for
/// POST and DELETE, <c>0-(n-1)/total</c> for PATCH, absent for PUT.
/// </summary>
internal static class WriteResponder
{
    public static async Task<RestResponse> RespondAsync(ResponseContext context, MutationPlan plan, QueryResult result, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var representation = plan.Returning.Return == PreferReturn.Representation;
        var total = request.Preferences.Count is null ? (long?)null : result.Total ?? result.Rows;
        var headers = new List<KeyValuePair<string, string>>();
        int status;
        switch (request.Kind)
        {
            case RequestKind.Insert:
                var mergedOnly = result.Inserted is 0 && request.Preferences.Resolution == PreferResolution.MergeDuplicates;
                status = mergedOnly ? 200 : 201;
                if (plan.Returning.Return == PreferReturn.HeadersOnly && result.Rows == 1 && result.Keys.Count > 0)
                {
                    headers.Add(new("Location", Location(request.Table, result.Keys[0])));
                }
                headers.Add(new("Content-Range", ContentRange.ForInsertOrDelete(total)));
                break;
            case RequestKind.Upsert:
                status = representation ? (result.Inserted > 0 ? 201 : 200) : 204;
                break;
            case RequestKind.Update:
                status = representation ? 200 : 204;
                headers.Add(new("Content-Range", ContentRange.ForUpdate(result.Rows, total)));
                break;
            default:
                status = representation ? 200 : 204;
                headers.Add(new("Content-Range", ContentRange.ForInsertOrDelete(total)));
                break;
        }
        if (AppliedPreferences.Header(request, plan.Table.PrimaryKey.Count > 0) is { } applied)
        {
            headers.Add(new(AppliedPreferences.HeaderName, applied));
        }
        if (!representation)
        {
            await result.DisposeAsync();
            return new RestResponse(status, headers, null);
        }
        headers.AddRange(context.ContentHeaders());
        var body = await ResponseBuilder.RepresentationAsync(result.Body ?? ResultBody.FromText("[]"), request.Representation, cancellationToken);
        return new RestResponse(status, headers, body);
    }

    /// <summary>PostgREST's <c>Location</c>: the table's path relative to the API root, one <c>col=eq.value</c> per key column.</summary>
    public static string Location(string table, JsonElement key)
    {
        var filters = key.ValueKind == JsonValueKind.Object
            ? key.EnumerateObject().Select(p => Uri.EscapeDataString(p.Name) + "=eq." + Uri.EscapeDataString(Text(p.Value)))
            : [];
        var query = string.Join('&', filters);
        return "/" + Uri.EscapeDataString(table) + (query.Length == 0 ? "" : "?" + query);
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "null",
        _ => value.GetRawText(),
    };
}
