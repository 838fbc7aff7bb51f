using Basalt.Auth.Tokens;
using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Sql.Errors;

namespace Basalt.Rest.Errors;

/// <summary>
/// Builds every <see cref="RestError"/> the REST surface sends besides the grammar's and the planner's own, with
/// PostgREST's codes, statuses and wording (https://docs.postgrest.org/en/latest/references/errors.html). The codes
/// that are Basalt's own (not PostgREST's) start with <c>BASALT</c>.
/// </summary>
public static class RestErrors
{
    public const string WwwAuthenticate = "WWW-Authenticate";

    public static RestError From(RequestError error) => new(error.Status, error.Code, error.Message, error.Details, error.Hint);

    public static RestError From(PlanError error) =>
        new(error.Status, error.Code, error.Message, error.Details, error.Hint) { Candidates = error.Candidates };

    /// <summary>A database error: PostgREST's status for its SQLSTATE; a 401 carries <c>WWW-Authenticate: Bearer</c> as in PostgREST.</summary>
    public static RestError From(DatabaseError error, bool authenticated)
    {
        var status = error.Status(authenticated);
        return new RestError(status, error.Code, error.Message, error.Details, error.Hint)
        {
            Headers = status == 401 ? [new(WwwAuthenticate, "Bearer")] : [],
        };
    }

    /// <summary>PGRST301 (undecodable) or PGRST303 (claims), with the <c>invalid_token</c> challenge PostgREST sends.</summary>
    public static RestError From(AccessTokenError error) =>
        new(401, error.Kind == AccessTokenErrorKind.Undecodable ? "PGRST301" : "PGRST303", error.Message, error.Details, null)
        {
            Headers = [new(WwwAuthenticate, $"Bearer error=\"invalid_token\", error_description=\"{Escape(error.Message)}\"")],
        };

    /// <summary>PGRST302: the request carries no token, and Basalt serves no anonymous role without one.</summary>
    public static RestError TokenRequired { get; } =
        new(401, "PGRST302", "Anonymous access is disabled", null, null) { Headers = [new(WwwAuthenticate, "Bearer")] };

    /// <summary>What PostgreSQL answers a role without a grant on the table: 401 for the anonymous role, 403 for others.</summary>
    public static RestError PermissionDenied(string table, bool authenticated) =>
        From(new DatabaseError(SqlStates.InsufficientPrivilege, $"permission denied for table {table}", null, null), authenticated);

    /// <summary>PostgreSQL's row-level security refusal of a written row, with PostgREST's 401/403 for 42501.</summary>
    public static RestError PolicyViolated(string table, bool authenticated) =>
        From(new DatabaseError(SqlStates.InsufficientPrivilege, $"new row violates row-level security policy for table \"{table}\"", null, null), authenticated);

    public static RestError InvalidSchema(string schema) =>
        new(406, "PGRST106", "Invalid schema: " + schema, null, "Only the following schemas are exposed: " + RestSchema.Name);

    public static RestError InvalidPath { get; } = new(404, "PGRST125", "Invalid path specified in request URL", null, null);

    /// <summary>PGRST117 for a method the path does not serve (the grammar gives the same for a table).</summary>
    public static RestError UnsupportedMethod(string method) => new(405, "PGRST117", "Unsupported HTTP method: " + method, null, null);

    public static RestError TableNotFound(string table, string? closest) =>
        new(404, "PGRST205", $"Could not find the table '{RestSchema.Name}.{table}' in the schema cache", null,
            closest is null ? null : $"Perhaps you meant the table '{RestSchema.Name}.{closest}'");

    public static RestError RangeNotSatisfiable(long offset, long total) =>
        new(416, "PGRST103", "Requested range not satisfiable", $"An offset of {offset} was requested, but there are only {total} rows.", null);

    public static RestError NotSingular(long rows) =>
        new(406, "PGRST116", "Cannot coerce the result to a single JSON object", $"The result contains {rows} rows", null);

    public static RestError MaxAffectedExceeded(long rows) =>
        new(400, "PGRST124", "Query result exceeds max-affected preference constraint", $"The query affects {rows} rows", null);

    /// <summary>PostgREST's PGRST000, without the driver's message (it can name hosts and users).</summary>
    public static RestError DatabaseUnavailable { get; } =
        new(503, "PGRST000", "Database connection error", "The database could not be reached; the server log has the details.", null);

    public static RestError BodyTooLarge(long limit) =>
        new(413, "BASALT413", "The request body is too large", $"The limit is {limit} bytes.", "Send fewer rows per request.");

    /// <summary>Anything Basalt did not expect: the request id ties the answer to the logged exception.</summary>
    public static RestError Unexpected(string requestId) =>
        new(500, "PGRSTX00", "An unexpected error occurred", $"Request id {requestId}; the server log has the details.", null);

    // The description is a quoted string (PostgREST writes Haskell's show of the message).
    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
