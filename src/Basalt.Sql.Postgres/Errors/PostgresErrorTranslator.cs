using Basalt.Sql.Errors;
using Npgsql;

namespace Basalt.Sql.Postgres.Errors;

/// <summary>
/// PostgreSQL's errors go to the client as PostgREST sends them: SQLSTATE, message, detail and hint, unchanged.
/// The statement (<see cref="PostgresException.Statement"/>), <see cref="PostgresException.InternalQuery"/>,
/// <see cref="PostgresException.Where"/> and the position never do: they hold SQL text. Errors that are not about the
/// request are not translated, so the caller answers them (503, 500) without repeating the server's words, which may
/// name files, users or hosts.
/// </summary>
internal static class PostgresErrorTranslator
{
    /// <summary>What Npgsql puts in <see cref="PostgresException.Detail"/> when error detail is off; it names a connection string keyword.</summary>
    private const string RedactedDetail = "Detail redacted as it may contain sensitive data";

    /// <summary>How PostgreSQL's tsquery parser begins its message for a malformed query.</summary>
    private const string TextSearchSyntaxError = "syntax error in tsquery";

    public static DatabaseError? Translate(Exception exception)
    {
        if (exception is not PostgresException error || !IsAboutTheRequest(error))
        {
            return null;
        }
        var detail = error.Detail is { } d && d.StartsWith(RedactedDetail, StringComparison.Ordinal) ? null : error.Detail;
        return new DatabaseError(error.SqlState, error.MessageText, NullIfEmpty(detail), NullIfEmpty(error.Hint));
    }

    /// <summary>
    /// False for the server's own trouble: the connection (08), logging in (28), a missing database (3D), resources
    /// such as disk, memory and connection slots (53), shutdown and restart (57P), I/O (58), configuration files (F0),
    /// internal errors (XX); and for a syntax error (42601) in the statement, which the request cannot cause since Basalt
    /// writes every statement, and whose message quotes the SQL. The one 42601 a request does cause is a malformed
    /// full-text query (<c>fts.night:{</c>): its message quotes only the client's own query, as PostgREST returns it.
    /// A cancelled statement (57014, a statement timeout) stays: it is about the statement.
    /// </summary>
    private static bool IsAboutTheRequest(PostgresException error)
    {
        var sqlState = error.SqlState;
        if (sqlState == SqlStates.SyntaxError)
        {
            return error.MessageText.StartsWith(TextSearchSyntaxError, StringComparison.Ordinal);
        }
        if (sqlState.StartsWith("57P", StringComparison.Ordinal))
        {
            return false;
        }
        return (sqlState.Length >= 2 ? sqlState[..2] : sqlState) is not ("08" or "28" or "3D" or "53" or "58" or "F0" or "XX");
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
