namespace Basalt.Sql.Errors;

/// <summary>
/// A database error about the request's data or statement, in PostgREST's body shape: <see cref="Code"/> is
/// PostgreSQL's SQLSTATE on every engine (SQLite's errors are translated to it), so a client sees the same code
/// whichever database serves it. <see cref="Message"/>, <see cref="Details"/> and <see cref="Hint"/> never hold SQL
/// text, file paths or connection strings.
/// </summary>
public sealed record DatabaseError(string Code, string Message, string? Details, string? Hint)
{
    /// <summary>PostgREST's HTTP status for <see cref="Code"/>; <paramref name="authenticated"/> matters for 42501 only.</summary>
    public int Status(bool authenticated) => DatabaseErrorStatus.For(Code, authenticated);
}
