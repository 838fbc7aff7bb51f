namespace Basalt.Sql.Errors;

/// <summary>
/// PostgREST's HTTP status for a PostgreSQL SQLSTATE, as its documentation tabulates it
/// (https://docs.postgrest.org/en/latest/references/errors.html, "HTTP Status Codes"). An exact code wins over its
/// class; a class the table does not name is 400, the client's fault. PostgREST's custom <c>PTxyz</c> codes (a
/// function raising its own status) are not here: Basalt runs no user functions.
/// </summary>
public static class DatabaseErrorStatus
{
    public static int For(string sqlState, bool authenticated)
    {
        ArgumentNullException.ThrowIfNull(sqlState);
        switch (sqlState)
        {
            case SqlStates.ForeignKeyViolation or SqlStates.UniqueViolation:
                return 409;
            case "25006": // read_only_sql_transaction
                return 405;
            case "53400": // configuration_limit_exceeded, before the 53 class's 503
                return 500;
            case "P0001": // raise_exception, RAISE's default
                return 400;
            case "42883" or SqlStates.UndefinedTable: // undefined_function, undefined_table
                return 404;
            case "42P17": // infinite_recursion (a policy that refers to itself)
                return 500;
            case SqlStates.InsufficientPrivilege:
                return authenticated ? 403 : 401;
        }
        return (sqlState.Length >= 2 ? sqlState[..2] : sqlState) switch
        {
            "08" => 503, // connection exception
            "09" => 500, // triggered action exception
            "0L" or "0P" => 403, // invalid grantor, invalid role specification
            "25" => 500, // invalid transaction state
            "28" => 403, // invalid authorization specification
            "2D" or "38" or "39" or "3B" => 500, // transaction termination, external routine, savepoint
            "40" => 500, // transaction rollback (serialization failure, deadlock)
            "53" => 503, // insufficient resources
            "54" or "55" or "57" or "58" => 500, // too complex, not in prerequisite state, operator intervention, system error
            "F0" or "HV" or "P0" or "XX" => 500, // config file, foreign data wrapper, PL/pgSQL, internal
            _ => 400,
        };
    }
}
