using Basalt.Rest.Errors;
using Basalt.Spec.Naming;
using Basalt.Spec.Schema;

namespace Basalt.Rest.Responses;

/// <summary>
/// OPTIONS on a table, as PostgREST answers it without touching the database: 200, no body, the verbs the table
/// allows in <c>Allow</c> (PUT only with a primary key) and <c>Access-Control-Allow-Origin: *</c>; PGRST205 (404)
/// for a table the spec does not serve.
/// </summary>
internal static class InfoResponder
{
    public static RestResponse Respond(string table, DatabaseSchema schema)
    {
        if (RestTables.Find(schema, table) is not { } found)
        {
            return ResponseBuilder.Error(RestErrors.TableNotFound(table, ClosestName.Find(table, RestTables.Names(schema))));
        }
        var allow = "OPTIONS,GET,HEAD,POST" + (found.PrimaryKey.Count > 0 ? ",PUT" : "") + ",PATCH,DELETE";
        return new RestResponse(200, [new("Allow", allow), new("Access-Control-Allow-Origin", "*")], null);
    }
}
