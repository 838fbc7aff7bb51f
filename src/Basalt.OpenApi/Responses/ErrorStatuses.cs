using Basalt.Query.Request;

namespace Basalt.OpenApi.Responses;

/// <summary>
/// The error statuses the REST API answers with and, for each, the codes that come with it: the grammar's from
/// <see cref="RequestErrorCatalogue"/> (so a new grammar error shows up here by itself), the planner's, the token
/// checks' and the database's as PostgREST documents them (https://docs.postgrest.org/en/latest/references/errors.html).
/// </summary>
internal static class ErrorStatuses
{
    public const int Ambiguous = 300;
    public const int BadRequest = 400;
    public const int Unauthorized = 401;
    public const int Forbidden = 403;
    public const int NotFound = 404;
    public const int NotAcceptable = 406;
    public const int Conflict = 409;
    public const int TooLarge = 413;
    public const int UriTooLong = 414;
    public const int RangeNotSatisfiable = 416;
    public const int Internal = 500;
    public const int Unavailable = 503;

    public static IReadOnlyList<int> All { get; } =
        [Ambiguous, BadRequest, Unauthorized, Forbidden, NotFound, NotAcceptable, Conflict, TooLarge, UriTooLong, RangeNotSatisfiable, Internal, Unavailable];

    /// <summary>Codes that are not the grammar's, by status.</summary>
    private static readonly (int Status, string Code, string When)[] Others =
    [
        (300, "PGRST201", "An embed matches more than one relationship; `details` lists them and `hint` the spellings that pick one."),
        (400, "PGRST200", "An embed names a table with no relationship to this one."),
        (400, "PGRST204", "A column in the body or `columns` does not exist."),
        (400, "42703", "A column in `select`, a filter or `order` does not exist."),
        (400, "22P02", "A value does not parse as the column's type."),
        (400, "23502", "A required column is null."),
        (400, "23514", "A value breaks a check (length, pattern, range, enum, or the column's `check`)."),
        (400, "PGRST115", "A PUT body's primary key differs from the primary-key filters."),
        (400, "PGRST124", "More rows would change than `Prefer: max-affected` allows (with `handling=strict`); nothing changed."),
        (401, "PGRST301", "The token cannot be decoded or its signature does not match."),
        (401, "PGRST302", "No key or token was sent."),
        (401, "PGRST303", "The token's claims are not valid: expired, not yet valid, or for another audience."),
        (401, "42501", "The `anon` role may not do this."),
        (403, "42501", "The token's role may not do this."),
        (404, "PGRST205", "The table does not exist (the spec changed since this document was read)."),
        (406, "PGRST116", "`application/vnd.pgrst.object+json` was asked for and the result is not exactly one row."),
        (406, "PGRST106", "`Accept-Profile` (reads) or `Content-Profile` (writes) names a schema other than `public`."),
        (409, "23505", "A unique key or the primary key already has this value."),
        (409, "23503", "A foreign key names a row that does not exist, or a deleted row is still referenced."),
        (413, "BASALT413", "The request body is larger than the server accepts (1 MiB by default)."),
        (500, "PGRSTX00", "Something failed on the server; `details` and the `X-Request-Id` header give the request id the server log has."),
        (503, "PGRST000", "The database cannot be reached."),
    ];

    public static string Title(int status) => status switch
    {
        Ambiguous => "Ambiguous embed",
        BadRequest => "Bad request",
        Unauthorized => "Unauthorized",
        Forbidden => "Forbidden",
        NotFound => "Not found",
        NotAcceptable => "Not acceptable",
        Conflict => "Conflict",
        TooLarge => "Content too large",
        UriTooLong => "URI too long",
        RangeNotSatisfiable => "Range not satisfiable",
        Unavailable => "Service unavailable",
        _ => "Internal server error",
    };

    /// <summary>A Markdown description: the title, then one line per code.</summary>
    public static string Describe(int status)
    {
        var lines = RequestErrorCatalogue.Entries.Where(e => e.Status == status).Select(e => (e.Code, When: e.Description))
            .Concat(Others.Where(o => o.Status == status).Select(o => (o.Code, o.When)))
            .Select(e => $"- `{e.Code}`: {e.When}");
        return Title(status) + ".\n\n" + string.Join("\n", lines);
    }
}
